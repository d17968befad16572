import { describe, expect, it } from 'vitest';
import { singleEntityFilter } from '../../../../src/core/bundle/slices/single-entity-filter.ts';

describe('singleEntityFilter', () => {
  it.each([
    ['person=vladimir-putin', 'person:vladimir-putin'],
    ['place=mariupol', 'place:mariupol'],
    ['place=mariupol&match=all', 'place:mariupol'],
    ['place=mariupol&place=mariupol', 'place:mariupol'],
    ['place=mariupol&person=', 'place:mariupol'],
    ['place=mariupol&page=2', 'place:mariupol'],
  ])('%s → %s', (search, id) => {
    expect(singleEntityFilter(new URLSearchParams(search))).toBe(id);
  });

  it.each([
    ['no filter', ''],
    ['two entities', 'person=vladimir-putin&place=mariupol'],
    ['two of one type', 'place=mariupol&place=kyiv'],
    ['an exclusion', 'place=mariupol&exclude=person:vladimir-putin'],
    ['demonyms on (they need every body)', 'place=mariupol&demonyms=1'],
    ['a type without slices', 'organization=nato'],
    ['"any selected" (its facets count paragraphs outside the slice)', 'place=mariupol&match=any'],
    ['an empty value', 'person='],
  ])('%s: null', (_, search) => {
    expect(singleEntityFilter(new URLSearchParams(search))).toBeNull();
  });
});
