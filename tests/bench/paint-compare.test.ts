import { describe, expect, it } from 'vitest';
import type { LighthouseScores } from '../../bench/lighthouse-audit.ts';
import { alternatingRequests, paintRows } from '../../bench/paint-compare.ts';

const scores = (performance: number, lcpMs: number): LighthouseScores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs,
  tbtMs: 120,
  cls: 0,
  fcpMs: lcpMs - 100,
  failing: [],
});

describe('alternatingRequests', () => {
  it('takes turns, app first, so that both sites see the same machine load', () => {
    expect(alternatingRequests('http://a/story/x', 'http://v/x.html', 2)).toEqual([
      { label: 'app story mobile #1', url: 'http://a/story/x', preset: 'mobile' },
      { label: 'vitepress story mobile #1', url: 'http://v/x.html', preset: 'mobile' },
      { label: 'app story mobile #2', url: 'http://a/story/x', preset: 'mobile' },
      { label: 'vitepress story mobile #2', url: 'http://v/x.html', preset: 'mobile' },
    ]);
  });
});

describe('paintRows', () => {
  it('lists every audit, a failed one with its error, then the median of each site over the audits that ran', () => {
    const rows = paintRows(
      new Map<string, LighthouseScores | string>([
        ['app story mobile #1', scores(90, 900)],
        ['vitepress story mobile #1', scores(92, 2000)],
        ['app story mobile #2', 'NO_FCP: no paint'],
        ['vitepress story mobile #2', scores(88, 1900)],
        ['app story mobile #3', scores(98, 800)],
      ]),
    );
    expect(rows).toContain('| app story mobile #1 | 90 | 0.80 s | 0.90 s | 120 ms | 0.000 |');
    expect(rows).toContain('| app story mobile #2 | NO_FCP: no paint | | | | |');
    expect(rows.at(-2)).toBe('| app median of 2 | 94 | 0.75 s | 0.85 s | 120 ms | 0.000 |');
    expect(rows.at(-1)).toBe('| vitepress median of 2 | 90 | 1.85 s | 1.95 s | 120 ms | 0.000 |');
  });
});
