import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';

const root = resolve(import.meta.dirname, '../../..');
const eval_ = resolve(root, '../shared/eval');
const scorer = join(eval_, 'score-quotes.mjs');

describe.skipIf(!existsSync(scorer))('who said what, scored by ../shared/eval/score-quotes.mjs', () => {
  it('the seed scores F1 ≥ 0.90', () => {
    const txt = join(root, 'seeds/000_afe5c047c713dffb.txt');
    const doc = parseDocument(readFileSync(txt, 'utf8'), { source: txt });
    const corpusPath = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'corpus.json');
    writeFileSync(corpusPath, JSON.stringify(annotateCorpus([doc])));
    const out = execFileSync(
      process.execPath,
      [
        scorer,
        corpusPath,
        join(eval_, '000_afe5c047c713dffb.quotes.json'),
        join(eval_, '000_afe5c047c713dffb.gold.json'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    const { quotes, missed, spurious } = JSON.parse(out) as {
      quotes: { f1: number };
      missed: string[];
      spurious: string[];
    };
    expect(quotes.f1, `missed ${missed.join('; ')} spurious ${spurious.join('; ')}`).toBeGreaterThanOrEqual(
      0.9,
    );
  });
});
