import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { facetCounts } from '../../../src/core/query/facet-counts.ts';
import { matchingParagraphs } from '../../../src/core/query/matching-paragraphs.ts';
import { matchingStories } from '../../../src/core/query/matching-stories.ts';
import { parseEntityFilter } from '../../../src/core/query/parse-entity-filter.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from './fixture-corpus.ts';

const filterOf = (query: string) => parseEntityFilter(new URLSearchParams(query), FIXTURE_INDEX).filter;
const [azovstal, arms] = FIXTURE_INDEX.stories;
if (!azovstal || !arms) throw new Error('fixture has two stories');

describe('matchingParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['no filter: every paragraph', '', azovstal.paragraphIds],
    ['Mariupol: the five paragraphs naming it', 'place=mariupol', ['p-3', 'p-11', 'p-13', 'p-18', 'p-20']],
    ['Putin', 'person=vladimir-putin', ['p-7', 'p-16']],
    ['all: Mariupol and Azovstal together', 'place=mariupol&place=azovstal', ['p-3', 'p-20']],
    [
      'any: Putin or Azovstal',
      'person=vladimir-putin&place=azovstal&match=any',
      ['p-3', 'p-5', 'p-7', 'p-16', 'p-20'],
    ],
    ['exclude only', 'exclude=place:azovstal', ['p-9', 'p-11', 'p-13', 'p-16', 'p-18']],
    ['include and exclude', 'place=mariupol&exclude=place:azovstal', ['p-11', 'p-13', 'p-18']],
    ['not named here', 'place=france', []],
    ['Russia by name only without demonyms', 'place=russia', ['p-9']],
  ])('%s', (_label, query, expected) => {
    expect(
      matchingParagraphs(FIXTURE_INDEX, azovstal, filterOf(query), FIXTURE_BODIES.get(azovstal.id)),
    ).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'demonyms count where the body is loaded',
      'place=russia&demonyms=1',
      ['p-5', 'p-7', 'p-9', 'p-11', 'p-18'],
    ],
    [
      '"German" and "French" are places too',
      'place=germany&place=france&match=any&demonyms=1',
      ['p-32', 'p-34', 'p-36'],
    ],
  ])('%s', (_label, query, expected) => {
    const story = query.includes('germany') ? arms : azovstal;
    expect(matchingParagraphs(FIXTURE_INDEX, story, filterOf(query), FIXTURE_BODIES.get(story.id))).toEqual(
      expected,
    );
  });

  it('falls back to names when the body is not loaded', () => {
    expect(matchingParagraphs(FIXTURE_INDEX, azovstal, filterOf('place=russia&demonyms=1'))).toEqual(['p-9']);
  });
});

describe('matchingStories', () => {
  it.each<[string, string, [string, number][]]>([
    [
      'no filter',
      '',
      [
        ['zelenskys-adviser', 9],
        ['european-countries-sold-arms', 3],
      ],
    ],
    ['Putin: only the Azovstal story', 'person=vladimir-putin', [['zelenskys-adviser', 2]]],
    [
      'Russia by name',
      'place=russia',
      [
        ['zelenskys-adviser', 1],
        ['european-countries-sold-arms', 1],
      ],
    ],
    [
      'all within one paragraph: Putin and Mariupol never share one',
      'person=vladimir-putin&place=mariupol',
      [],
    ],
    [
      'any',
      'person=vladimir-putin&place=france&match=any',
      [
        ['zelenskys-adviser', 2],
        ['european-countries-sold-arms', 1],
      ],
    ],
  ])('%s', (_label, query, expected) => {
    expect(
      matchingStories(FIXTURE_INDEX, filterOf(query)).map((m) => [m.story.id, m.matchingParagraphs]),
    ).toEqual(expected);
  });

  it('applies demonyms to the loaded bodies', () => {
    const counts = matchingStories(FIXTURE_INDEX, filterOf('place=russia&demonyms=1'), FIXTURE_BODIES);
    expect(counts.map((m) => m.matchingParagraphs)).toEqual([5, 2]);
  });
});

describe('facetCounts', () => {
  const count = (query: string, id: string) => {
    const i = FIXTURE_INDEX.entities.findIndex((e) => e.id === id);
    const counts = facetCounts(FIXTURE_INDEX, filterOf(query));
    return [counts.paragraphs[i], counts.stories[i]];
  };
  it.each<[string, string, string, [number, number]]>([
    ['no filter: every paragraph naming it', '', 'place:mariupol', [5, 1]],
    ['no filter: across stories', '', 'place:ukraine', [2, 2]],
    ['all: results naming it', 'place=azovstal', 'place:mariupol', [2, 1]],
    ['all: the selected entity counts its results', 'place=azovstal', 'place:azovstal', [4, 1]],
    ['all: nothing shared', 'person=vladimir-putin', 'place:mariupol', [0, 0]],
    ['any: what selecting it would add', 'person=vladimir-putin&match=any', 'place:mariupol', [5, 1]],
    ['excluded: zero', 'exclude=place:mariupol', 'place:mariupol', [0, 0]],
    ['exclusion removes shared paragraphs', 'exclude=place:azovstal', 'place:mariupol', [3, 1]],
  ])('%s', (_label, query, id, expected) => {
    expect(count(query, id)).toEqual(expected);
  });
});

describe('properties', () => {
  const ids = FIXTURE_INDEX.entities.map((e) => e.id);
  const filterArb = fc
    .record({
      included: fc.subarray(ids, { maxLength: 4 }),
      excluded: fc.subarray(ids, { maxLength: 2 }),
      demonyms: fc.boolean(),
    })
    .map(({ included, excluded, demonyms }) => {
      const params = new URLSearchParams();
      for (const id of included) params.append(id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1));
      for (const id of excluded) params.append('exclude', id);
      if (demonyms) params.set('demonyms', '1');
      return params;
    });
  const withMatch = (params: URLSearchParams, match: 'all' | 'any'): EntityFilter => {
    const copy = new URLSearchParams(params);
    copy.set('match', match);
    return parseEntityFilter(copy, FIXTURE_INDEX).filter;
  };

  it('match-all results are a subset of match-any results, and both of the corpus', () => {
    fc.assert(
      fc.property(filterArb, (params) => {
        for (const story of FIXTURE_INDEX.stories) {
          const body = FIXTURE_BODIES.get(story.id);
          const all = matchingParagraphs(FIXTURE_INDEX, story, withMatch(params, 'all'), body);
          const any = matchingParagraphs(FIXTURE_INDEX, story, withMatch(params, 'any'), body);
          expect(any.filter((id) => all.includes(id))).toEqual(all);
          expect(any.every((id) => story.paragraphIds.includes(id))).toBe(true);
        }
        const allStories = matchingStories(FIXTURE_INDEX, withMatch(params, 'all'), FIXTURE_BODIES);
        const anyStories = matchingStories(FIXTURE_INDEX, withMatch(params, 'any'), FIXTURE_BODIES);
        for (const m of allStories) {
          const other = anyStories.find((a) => a.story.id === m.story.id);
          expect(other?.matchingParagraphs ?? 0).toBeGreaterThanOrEqual(m.matchingParagraphs);
        }
      }),
    );
  });

  it('story counts agree with the paragraphs shown on the story page', () => {
    fc.assert(
      fc.property(filterArb, fc.constantFrom<'all' | 'any'>('all', 'any'), (params, match) => {
        const filter = withMatch(params, match);
        const stories = matchingStories(FIXTURE_INDEX, filter, FIXTURE_BODIES);
        for (const story of FIXTURE_INDEX.stories) {
          const shown = matchingParagraphs(FIXTURE_INDEX, story, filter, FIXTURE_BODIES.get(story.id)).length;
          expect(stories.find((s) => s.story.id === story.id)?.matchingParagraphs ?? 0).toBe(shown);
        }
      }),
    );
  });
});
