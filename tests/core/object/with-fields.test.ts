import { describe, expect, it } from 'vitest';
import { withFields } from '../../../src/core/object/with-fields.ts';

describe('withFields', () => {
  it('adds and replaces fields in a copy, keeping the key order of a spread', () => {
    const base = { id: 'a', line: 1, paragraphs: [1] };
    const copy = withFields(base, { paragraphs: [2], mentions: [] });
    expect(copy).toEqual({ id: 'a', line: 1, paragraphs: [2], mentions: [] });
    expect(Object.keys(copy)).toEqual(Object.keys({ ...base, paragraphs: [2], mentions: [] }));
    expect(base).toEqual({ id: 'a', line: 1, paragraphs: [1] });
  });
});
