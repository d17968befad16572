import { describe, expect, it } from 'vitest';
import { filterSearchKey } from '../../src/url/filter-search-key.ts';
import { queryParam } from '../../src/url/query-param.ts';
import { readEntityFilter } from '../../src/url/read-entity-filter.ts';
import { readUrlState } from '../../src/url/url-state.ts';
import { FIXTURE_INDEX } from '../core/query/fixture-corpus.ts';

describe('filterSearchKey', () => {
  it.each<[string, string[], string]>([
    ['q=kyiv&person=vladimir-putin&page=2', [], 'person=vladimir-putin'],
    ['match=any&person=a&place=b', [], 'person=a&place=b&match=any'],
    ['hide=date&q=x&exclude=place:b', ['hide'], 'exclude=place%3Ab&hide=date'],
    // must not keep: search, page, unknown parameters
    ['q=kyiv&page=3&utm=x', [], ''],
  ])('?%s (+%j) → %s', (search, extra, expected) => {
    expect(filterSearchKey(search, extra)).toBe(expected);
  });
});

describe('readEntityFilter', () => {
  it('parses the filter and the values naming no entity', () => {
    const { filter, unknown } = readEntityFilter('?person=vladimir-putin&person=nobody', FIXTURE_INDEX);
    expect(filter.include.person).toEqual(['person:vladimir-putin']);
    expect(unknown).toEqual([{ param: 'person', type: 'person', slug: 'nobody' }]);
  });

  it('gives the same object while only other parameters change, a new one when the filter does', () => {
    const first = readEntityFilter('?person=vladimir-putin', FIXTURE_INDEX);
    expect(readEntityFilter('?q=kyiv&page=2&person=vladimir-putin', FIXTURE_INDEX)).toBe(first);
    expect(readEntityFilter(new URLSearchParams('person=vladimir-putin'), FIXTURE_INDEX)).toBe(first);
    const other = readEntityFilter('?person=vladimir-putin&match=any', FIXTURE_INDEX);
    expect(other).not.toBe(first);
    expect(other.filter.match).toBe('any');
  });
});

describe('readUrlState', () => {
  it('reads filter, hidden types, query and page from one query string', () => {
    const state = readUrlState(
      '?person=vladimir-putin&hide=date&hide=nonsense&q=%20kyiv%20&page=3',
      FIXTURE_INDEX,
    );
    expect(state.filter.include.person).toEqual(['person:vladimir-putin']);
    expect([...state.hiddenTypes]).toEqual(['date']);
    expect(state.query).toBe('kyiv');
    expect(state.page).toBe(3);
  });

  it('defaults: no filter, nothing hidden, no query, page 1', () => {
    const state = readUrlState('?page=0', FIXTURE_INDEX);
    expect(state.unknown).toEqual([]);
    expect(state.hiddenTypes.size).toBe(0);
    expect(state.query).toBe('');
    expect(state.page).toBe(1);
    expect(queryParam('')).toBe('');
  });
});
