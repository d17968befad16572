import { describe, expect, it } from 'vitest';
import {
  SLICES_FROM_INDEX_BYTES,
  slicesPay,
  type SliceSetting,
} from '../../../../src/core/bundle/slices/slices-pay.ts';

describe('slicesPay', () => {
  it.each<[string, number, SliceSetting, boolean]>([
    ['the seed’s index (18 KB), auto: loaded whole', 18_000, 'auto', false],
    ['just under the mark, auto', SLICES_FROM_INDEX_BYTES - 1, 'auto', false],
    ['at the mark, auto: slices', SLICES_FROM_INDEX_BYTES, 'auto', true],
    ['1000× the seed (6.7 MB), auto: slices', 6_700_000, 'auto', true],
    ['a small index, always', 18_000, 'always', true],
    ['a large index, never', 6_700_000, 'never', false],
  ])('%s', (_, bytes, setting, expected) => {
    expect(slicesPay(bytes, setting)).toBe(expected);
  });
});
