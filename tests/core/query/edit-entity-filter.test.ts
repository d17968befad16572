import { describe, expect, it } from 'vitest';
import { EMPTY_ENTITY_FILTER } from '../../../src/core/query/entity-filter.ts';
import { excludeEntity } from '../../../src/core/query/exclude-entity.ts';
import { includeEntity } from '../../../src/core/query/include-entity.ts';
import { removeEntity } from '../../../src/core/query/remove-entity.ts';

const putin = { id: 'person:vladimir-putin', type: 'person' } as const;

describe('editing the filter', () => {
  it('includes once, then excludes, then removes', () => {
    const included = includeEntity(includeEntity(EMPTY_ENTITY_FILTER, putin), putin);
    expect(included.include.person).toEqual([putin.id]);
    const excluded = excludeEntity(included, putin);
    expect(excluded.include.person).toEqual([]);
    expect(excluded.exclude).toEqual([putin.id]);
    expect(includeEntity(excluded, putin).exclude).toEqual([]);
    expect(removeEntity(excluded, putin)).toEqual(EMPTY_ENTITY_FILTER);
  });
});
