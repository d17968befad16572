import { describe, expect, it } from 'vitest';
import { isResultLine } from '../../../src/core/parse/is-result-line.ts';

describe('isResultLine', () => {
  it.each<[string, boolean]>([
    ['Group B — Spain 2 – 1 Italy', true],
    ['Spain 2-1 Italy', true],
    ['Lakers 101:99 Celtics', true],
    // must not fire: ranges, times, dates
    ['Sanctions from 2014 – 2020 were lifted', false],
    ['The meeting starts at 10:30 in Geneva', false],
    ['Elections on 12-13 May', false],
  ])('%j → %s', (line, expected) => {
    expect(isResultLine(line)).toBe(expected);
  });
});
