import { describe, expect, it } from 'vitest';
import { withEntityFilter } from '../../src/url/with-entity-filter.ts';
import { EMPTY_ENTITY_FILTER } from '../../src/core/query/entity-filter.ts';

const putin = {
  ...EMPTY_ENTITY_FILTER,
  include: { ...EMPTY_ENTITY_FILTER.include, person: ['person:vladimir-putin'] },
};

describe('withEntityFilter', () => {
  it.each<[string, string]>([
    ['', 'person=vladimir-putin'],
    // a new filter lists other stories: back to the first page of the list
    ['page=4', 'person=vladimir-putin'],
    ['q=kyiv&page=2&hide=date&place=mariupol', 'q=kyiv&hide=date&person=vladimir-putin'],
  ])('?%s → ?%s', (before, after) => {
    expect(withEntityFilter(new URLSearchParams(before), putin).toString()).toBe(after);
  });
});
