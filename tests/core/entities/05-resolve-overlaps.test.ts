import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/core/entities/candidate.ts';
import { resolveOverlaps } from '../../../src/core/entities/05-resolve-overlaps.ts';

const cand = (start: number, end: number, priority: number, rule: string): Candidate => ({
  first: start,
  last: end,
  start,
  end,
  type: 'place',
  name: rule,
  rule,
  priority,
  known: false,
  coordinates: null,
  demonyms: [],
  value: null,
});

describe('resolveOverlaps', () => {
  it.each<[string, Candidate[], string[]]>([
    [
      'the longest span wins ("US Embassy" over "US")',
      [cand(0, 2, 5, 'US'), cand(0, 10, 2, 'US Embassy')],
      ['US Embassy'],
    ],
    ['equal length: higher priority wins', [cand(0, 5, 1, 'weak'), cand(0, 5, 3, 'strong')], ['strong']],
    ['a nested span loses', [cand(4, 8, 9, 'inner'), cand(0, 12, 0, 'outer')], ['outer']],
    // must not drop: adjacent and separate spans both stay, sorted
    ['adjacent spans both stay', [cand(5, 9, 1, 'b'), cand(0, 5, 1, 'a')], ['a', 'b']],
  ])('%s', (_label, input, expected) => expect(resolveOverlaps(input).map((c) => c.rule)).toEqual(expected));

  it('never returns overlapping spans', () => {
    const out = resolveOverlaps([
      cand(0, 6, 1, 'a'),
      cand(3, 9, 1, 'b'),
      cand(8, 12, 1, 'c'),
      cand(2, 4, 5, 'd'),
    ]);
    for (let i = 1; i < out.length; i++)
      expect(out[i]?.start ?? 0).toBeGreaterThanOrEqual(out[i - 1]?.end ?? 0);
  });
});
