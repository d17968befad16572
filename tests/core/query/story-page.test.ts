import { describe, expect, it } from 'vitest';
import { GAP, pageNumbers } from '../../../src/components/story-list/page-numbers.ts';
import { pageParam, withPage } from '../../../src/url/page-search.ts';
import { storyPage } from '../../../src/core/query/story-page.ts';
import { fixtureIndex } from '../../app/fixture-corpus.ts';
import { manyStoriesIndex } from '../../components/story-list/many-stories-index.ts';

describe('pageParam', () => {
  it.each<[string, number]>([
    ['', 1],
    ['?page=2', 2],
    ['?person=x&page=12', 12],
    ['?page=0', 1],
    ['?page=-3', 1],
    ['?page=2.5', 1],
    ['?page=abc', 1],
    ['?page=02', 1],
    ['?page=99999999999', 1],
  ])('%s → %d', (search, page) => expect(pageParam(search)).toBe(page));
});

describe('withPage', () => {
  it.each<[string, number, string]>([
    ['', 2, '?page=2'],
    ['?person=x', 3, '?person=x&page=3'],
    ['?person=x&page=3', 1, '?person=x'],
    ['?page=3', 1, ''],
    ['?page=3&q=kyiv', 4, '?page=4&q=kyiv'],
  ])('%s, page %d → %s', (search, page, expected) => expect(withPage(search, page)).toBe(expected));
});

describe('pageNumbers', () => {
  it.each<[number, number, (number | typeof GAP)[]]>([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 96, [1, 2, 3, GAP, 96]],
    [6, 96, [1, GAP, 4, 5, 6, 7, 8, GAP, 96]],
    // one page between the ends is shown, never a gap standing for one page
    [5, 96, [1, 2, 3, 4, 5, 6, 7, GAP, 96]],
    [96, 96, [1, GAP, 94, 95, 96]],
    [3, 5, [1, 2, 3, 4, 5]],
  ])('page %d of %d', (page, count, expected) => expect(pageNumbers(page, count)).toEqual(expected));
});

describe('storyPage', () => {
  const index = manyStoriesIndex(3, 40); // 120 stories

  it('at the seed’s size everything is on one page, grouped by digest', () => {
    const page = storyPage(fixtureIndex, '', 1);
    expect(page).toMatchObject({ page: 1, pageCount: 1, first: 1, last: fixtureIndex.stories.length });
    expect(page.groups.flatMap((g) => g.stories.map((s) => s.id))).toEqual(
      fixtureIndex.stories.map((s) => s.id),
    );
  });

  it.each<[number, number, number, number, [string, number][]]>([
    [
      1,
      1,
      1,
      50,
      [
        ['digest-1', 40],
        ['digest-2', 10],
      ],
    ],
    [
      2,
      2,
      51,
      100,
      [
        ['digest-2', 30],
        ['digest-3', 20],
      ],
    ],
    [3, 3, 101, 120, [['digest-3', 20]]],
    // past the end: the last page, not an empty one
    [9, 3, 101, 120, [['digest-3', 20]]],
  ])('page %d → page %d, stories %d–%d', (requested, page, first, last, groups) => {
    const got = storyPage(index, '', requested);
    expect(got).toMatchObject({ page, pageCount: 3, first, last, total: 120 });
    expect(got.groups.map((g) => [g.doc.id, g.stories.length])).toEqual(groups);
  });

  it('pages the stories whose headline matches the query', () => {
    const got = storyPage(index, 'story 12', 2, 2);
    // "Digest 1 story 12", "Digest 2 story 12", "Digest 3 story 12"
    expect(got).toMatchObject({ total: 3, pageCount: 2, page: 2, first: 3, last: 3 });
    expect(got.groups.map((g) => g.stories.map((s) => s.title))).toEqual([['Digest 3 story 12']]);
  });

  it('no stories: one empty page', () => {
    expect(storyPage(index, 'nothing like this', 1)).toMatchObject({
      groups: [],
      page: 1,
      pageCount: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });
});
