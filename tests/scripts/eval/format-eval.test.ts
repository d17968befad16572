import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEvalSets } from '../../../scripts/eval/eval-sets.ts';
import { formatEval } from '../../../scripts/eval/format-eval.ts';
import type { DigestScore, Prf } from '../../../scripts/eval/score-digest.ts';

const prf = (tp: number, fp: number, fn: number): Prf => ({ tp, fp, fn, f1: (2 * tp) / (2 * tp + fp + fn) });

function score(name: string, over: Partial<DigestScore> = {}): DigestScore {
  const p = prf(1, 0, 0);
  return {
    name,
    structureExact: true,
    structure: '1/1 1/1 1/1',
    badMentions: 0,
    entities: p,
    person: p,
    place: p,
    organization: p,
    links: p,
    money: null,
    dates: null,
    ...over,
  };
}

describe('formatEval', () => {
  it('averages entity and link F1 over digests and pools money and dates', () => {
    const set = { name: 'dev', about: 'real news', digests: [] };
    const lines = formatEval([
      {
        set,
        scores: [
          score('a', { entities: prf(8, 2, 0), money: prf(1, 0, 1), dates: prf(2, 0, 0) }),
          score('b', { entities: prf(1, 0, 0), structureExact: false, money: prf(0, 1, 0), dates: null }),
        ],
      },
    ]).join('\n');
    // entity F1: a = 16/18 = 0.889, b = 1 → mean 0.94; money pooled: tp 1, fp 1, fn 1 → 0.50
    expect(lines).toContain('| **mean** (money, dates: micro) | 1/2 exact | 0 | **0.94** |');
    expect(lines).toContain('| b | differs (1/1 1/1 1/1) |');
    expect(lines).toContain('money F1 0.50 (tp 1, fp 1, fn 1), dates F1 1.00 (tp 2, fp 0, fn 0)');
  });

  it('prints a dash where a digest has no typed values', () => {
    const lines = formatEval([{ set: { name: 'fixtures', about: 'x', digests: [] }, scores: [score('c')] }]);
    expect(lines.find((l) => l.startsWith('| c |'))).toMatch(/\| — \| — \|$/);
  });
});

describe('findEvalSets', () => {
  it('pairs gold readings with their text beside them or in seeds/, and leaves out empty sets', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-sets-'));
    const project = join(root, 'project');
    mkdirSync(join(project, 'seeds'), { recursive: true });
    mkdirSync(join(root, 'shared', 'eval', 'dev'), { recursive: true });
    writeFileSync(join(project, 'seeds', 'seed.txt'), 'Headline\n\nText.\n');
    writeFileSync(join(root, 'shared', 'eval', 'seed.gold.json'), JSON.stringify({ source: 'seed.txt' }));
    writeFileSync(join(root, 'shared', 'eval', 'dev', 'd1.txt'), 'Headline\n\nText.\n');
    writeFileSync(join(root, 'shared', 'eval', 'dev', 'd1.gold.json'), '{}');
    // a gold reading whose text is nowhere is not scored
    writeFileSync(join(root, 'shared', 'eval', 'dev', 'lost.gold.json'), '{}');
    const sets = findEvalSets(project);
    expect(sets.map((s) => [s.name, s.digests.map((d) => d.name)])).toEqual([
      ['seed', ['seed']],
      ['dev', ['d1']],
    ]);
  });
});
