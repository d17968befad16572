import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, NAME_TYPES } from '../../src/core/schema.ts';

describe('schema', () => {
  it('lists the name types first, in facet order', () => {
    expect(ENTITY_TYPES.slice(0, 3)).toEqual(NAME_TYPES);
    expect(new Set(ENTITY_TYPES).size).toBe(ENTITY_TYPES.length);
  });
});
