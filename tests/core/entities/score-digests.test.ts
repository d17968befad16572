import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { needsShared } from '../../needs-shared.ts';

const root = resolve(import.meta.dirname, '../../..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const fixtures = resolve(root, 'tests/fixtures/digests');

interface Score {
  integrity: { badMentions: number };
  entities: { f1: number };
  links: { f1: number };
  missed: string[];
  spurious: string[];
}

/** Parses and annotates one digest, then scores it with the shared scorer against its reference reading. */
function score(txt: string, gold: string): Score {
  const doc = parseDocument(readFileSync(txt, 'utf8'), { source: txt });
  const dir = mkdtempSync(join(tmpdir(), 'entities-'));
  const corpusPath = join(dir, 'corpus.json');
  writeFileSync(corpusPath, JSON.stringify(annotateCorpus([doc])));
  const out = execFileSync(process.execPath, [scorer, corpusPath, gold, '--json'], { encoding: 'utf8' });
  const parsed: unknown = JSON.parse(out);
  if (!isScore(parsed)) throw new Error(`unexpected scorer output: ${out.slice(0, 200)}`);
  return parsed;
}

function isScore(x: unknown): x is Score {
  if (typeof x !== 'object' || x === null) return false;
  const o: Record<string, unknown> = { ...x };
  return (
    typeof o['integrity'] === 'object' && typeof o['entities'] === 'object' && typeof o['links'] === 'object'
  );
}

const cases: [name: string, txt: string, gold: string, minF1: number][] = [
  [
    'seed',
    join(root, 'seeds/000_afe5c047c713dffb.txt'),
    resolve(root, '../shared/eval/000_afe5c047c713dffb.gold.json'),
    0.95,
  ],
  ...[
    'sahel-junta',
    'vietnam-business',
    'colombia-election',
    'gaza-truce',
    'sudan-clashes',
    'kazakh-unrest',
    'brazil-vote',
    'turkey-quake',
    'myanmar-junta',
    'ethiopia-aid',
    'peru-mining',
    'caspian-gas',
    'iraq-water',
    'congo-kivu',
  ].map((n): [string, string, string, number] => [
    n,
    join(fixtures, `${n}.txt`),
    join(fixtures, `${n}.gold.json`),
    0.85,
  ]),
];

const suite = 'entity reading scored by ../shared/eval/score.mjs';
describe.skipIf(!needsShared(scorer, suite))(suite, () => {
  it.each(cases)('%s: entity and link F1 at least the target, no bad mentions', (_name, txt, gold, minF1) => {
    const s = score(txt, gold);
    expect(s.integrity.badMentions).toBe(0);
    expect(
      s.entities.f1,
      `missed ${s.missed.join('; ')} spurious ${s.spurious.join('; ')}`,
    ).toBeGreaterThanOrEqual(minF1);
    expect(s.links.f1).toBeGreaterThanOrEqual(minF1);
  });
});
