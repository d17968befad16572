import { describe, expect, it } from 'vitest';
import { emptyList } from '../../../src/core/array/empty-list.ts';

describe('emptyList', () => {
  it('is one shared list with nothing in it', () => {
    expect(emptyList<number>()).toEqual([]);
    expect(emptyList<string>()).toBe(emptyList<number>());
    expect(JSON.stringify({ mentions: emptyList() })).toBe('{"mentions":[]}');
  });

  it('cannot be filled: a push would fill every record that shares it', () => {
    expect(() => emptyList<number>().push(1)).toThrow(TypeError);
    expect(emptyList<number>()).toHaveLength(0);
  });
});
