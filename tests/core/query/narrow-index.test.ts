import { describe, expect, it } from 'vitest';
import { narrowIndex } from '../../../src/core/query/narrow-index.ts';
import { parseEntityFilter } from '../../../src/core/query/parse-entity-filter.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from './fixture-corpus.ts';

const filterOf = (query: string) => parseEntityFilter(new URLSearchParams(query), FIXTURE_INDEX).filter;

describe('narrowIndex', () => {
  it.each<[string, string, string | undefined, [string, number, string[]][], number]>([
    [
      'no filter: everything, untouched',
      '',
      undefined,
      [
        ['zelenskys-adviser', 9, ['lead', 'it-contains-thousands-of-fighters']],
        ['european-countries-sold-arms', 3, ['lead']],
      ],
      0,
    ],
    [
      'Putin: one story, both its sections',
      'person=vladimir-putin',
      undefined,
      [['zelenskys-adviser', 2, ['lead', 'it-contains-thousands-of-fighters']]],
      1,
    ],
    [
      'Reuters: only the lead section',
      'organization=reuters',
      undefined,
      [['zelenskys-adviser', 1, ['lead']]],
      1,
    ],
    [
      'the story being read stays, with no sections',
      'person=vladimir-putin',
      'european-countries-sold-arms',
      [
        ['zelenskys-adviser', 2, ['lead', 'it-contains-thousands-of-fighters']],
        ['european-countries-sold-arms', 0, []],
      ],
      0,
    ],
  ])('%s', (_label, query, keep, expected, hidden) => {
    const narrowed = narrowIndex(FIXTURE_INDEX, filterOf(query), FIXTURE_BODIES, keep);
    expect(
      narrowed.index.stories.map((s) => [s.id, narrowed.matches.get(s.id), s.sections.map((sec) => sec.id)]),
    ).toEqual(expected);
    expect(narrowed.hiddenStories).toBe(hidden);
    expect(narrowed.index.documents[0]?.storyIds).toEqual(narrowed.index.stories.map((s) => s.id));
  });
});
