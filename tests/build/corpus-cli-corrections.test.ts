import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/schema.ts';
import { ROOT, runCorpusCli, type CliRun } from './run-corpus-cli.ts';

const SEED = '000_afe5c047c713dffb.txt';
const CORRECTIONS = {
  version: 1,
  corrections: [
    { kind: 'rename', entityId: 'person:vladimir-putin', name: 'V. Putin' },
    { kind: 'retype', entityId: 'place:azovstal', type: 'organization' },
    { kind: 'hide', entityId: 'place:russia' },
  ],
};
// Line 3 is the bad correction: the message must point there.
const MALFORMED =
  '{ "version": 1,\n  "corrections": [\n    { "kind": "rename", "entityId": "nobody" }\n  ] }\n';

let dir = '';
let runs: Record<'corrected' | 'plain' | 'skipped' | 'malformed' | 'empty', Promise<CliRun>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-cli-'));
  const folder = (name: string) => join(dir, name);
  for (const name of ['with', 'without', 'malformed', 'empty']) await mkdir(folder(name));
  for (const name of ['with', 'without', 'malformed']) {
    await copyFile(join(ROOT, 'seeds', SEED), join(folder(name), SEED));
  }
  await writeFile(join(folder('with'), 'corrections.json'), JSON.stringify(CORRECTIONS));
  await writeFile(join(folder('malformed'), 'corrections.json'), MALFORMED);
  // Few processes, started together: each run is mostly start-up, and the machine is shared.
  runs = {
    corrected: runCorpusCli(folder('with')),
    plain: runCorpusCli(join(folder('without'), SEED)),
    skipped: runCorpusCli('--no-corrections', `${folder('with')}/`),
    malformed: runCorpusCli(folder('malformed')),
    empty: runCorpusCli(folder('empty')),
  };
});
afterAll(async () => {
  await Promise.all(Object.values(runs ?? {}));
  await rm(dir, { recursive: true, force: true });
});

const corpusOf = (run: CliRun): Corpus => JSON.parse(run.stdout) as Corpus;
const entityIds = (corpus: Corpus) => corpus.entities.map((e) => e.id);
const mentionIds = (corpus: Corpus) =>
  corpus.documents.flatMap((d) =>
    d.stories.flatMap((s) =>
      s.sections.flatMap((c) => c.paragraphs.flatMap((p) => p.mentions.map((m) => m.entityId))),
    ),
  );

describe('corpus CLI and a folder’s corrections.json', { timeout: 60_000 }, () => {
  it('applies the folder’s corrections.json, as the build applies seeds/corrections.json', async () => {
    const run = await runs.corrected;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const corpus = corpusOf(run);
    expect(corpus.documents.map((d) => d.source)).toEqual([`${join(dir, 'with')}/${SEED}`]);
    expect(corpus.entities.find((e) => e.id === 'person:vladimir-putin')?.name).toBe('V. Putin');
    expect(entityIds(corpus)).toContain('organization:azovstal');
    expect(entityIds(corpus)).not.toContain('place:azovstal');
    expect(entityIds(corpus)).not.toContain('place:russia');
    expect(mentionIds(corpus)).not.toContain('place:russia');
    expect(mentionIds(corpus)).toContain('organization:azovstal');
  });

  it('prints the extractor’s own output with --no-corrections, the same as for the file alone', async () => {
    const [skipped, plain] = [corpusOf(await runs.skipped), corpusOf(await runs.plain)];
    expect(entityIds(plain)).toContain('place:russia');
    expect(plain.entities.find((e) => e.id === 'person:vladimir-putin')?.name).toBe('Vladimir Putin');
    // Only the folder differs in the source names ("with/" given with a trailing slash names it once).
    expect(skipped.documents.map((d) => d.source)).toEqual([`${join(dir, 'with')}/${SEED}`]);
    expect(skipped.entities).toEqual(plain.entities);
    expect(mentionIds(skipped)).toEqual(mentionIds(plain));
  });

  it('refuses a malformed corrections.json with FILE:LINE: reason, printing nothing', async () => {
    const run = await runs.malformed;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${join(dir, 'malformed')}/corrections\\.json:3: \\S`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a folder without digests', async () => {
    const run = await runs.empty;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${join(dir, 'empty')}: no .txt digests in this folder\n`);
  });
});
