import { describe, expect, it } from 'vitest';
import { pushAll } from '../../../src/core/array/push-all.ts';

describe('pushAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it('takes any iterable', () => {
    expect(pushAll(['a'], new Set(['b', 'c']))).toEqual(['a', 'b', 'c']);
  });

  it('appends more items than a call can take as arguments (push(...items) overflows the stack)', () => {
    const items = new Array<number>(1_000_000).fill(7);
    expect(pushAll([], items)).toHaveLength(1_000_000);
  });
});
