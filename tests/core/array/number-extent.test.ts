import { describe, expect, it } from 'vitest';
import { numberExtent } from '../../../src/core/array/number-extent.ts';

describe('numberExtent', () => {
  it.each<[string, number[], [number, number]]>([
    ['several', [3, -1, 7, 0], [-1, 7]],
    ['one', [5], [5, 5]],
    ['none: as Math.min() and Math.max()', [], [Infinity, -Infinity]],
    ['a NaN: as Math.min and Math.max', [1, NaN, 2], [NaN, NaN]],
  ])('%s', (_, values, expected) => {
    expect(numberExtent(values)).toEqual(expected);
  });

  it('takes more numbers than a call can take as arguments', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(numberExtent(values)).toEqual([0, 999_999]);
  });
});
