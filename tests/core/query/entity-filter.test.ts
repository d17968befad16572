import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ENTITY_FILTER } from '../../../src/core/query/entity-filter.ts';
import type { EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { isFilterActive } from '../../../src/core/query/is-filter-active.ts';
import { parseEntityFilter } from '../../../src/core/query/parse-entity-filter.ts';
import { serializeEntityFilter } from '../../../src/core/query/serialize-entity-filter.ts';
import { FIXTURE_INDEX } from './fixture-corpus.ts';

const parse = (query: string) => parseEntityFilter(new URLSearchParams(query), FIXTURE_INDEX);

describe('parseEntityFilter', () => {
  it.each<[string, string, Partial<EntityFilter>, string[]]>([
    ['empty query: the empty filter', '', EMPTY_ENTITY_FILTER, []],
    [
      'a person by slug',
      'person=vladimir-putin',
      { include: { ...EMPTY_ENTITY_FILTER.include, person: ['person:vladimir-putin'] } },
      [],
    ],
    [
      'repeated and mixed types, repeats dropped',
      'place=mariupol&person=vladimir-putin&place=azovstal&place=mariupol',
      {
        include: {
          ...EMPTY_ENTITY_FILTER.include,
          person: ['person:vladimir-putin'],
          place: ['place:mariupol', 'place:azovstal'],
        },
      },
      [],
    ],
    ['match=any', 'match=any', { match: 'any' }, []],
    ['any other match value means all', 'match=most', { match: 'all' }, []],
    ['demonyms=1', 'demonyms=1', { includeDemonyms: true }, []],
    ['exclude by type:slug', 'exclude=place:russia', { exclude: ['place:russia'] }, []],
    [
      'an unknown slug is reported, the rest applies',
      'person=nobody&place=mariupol',
      { include: { ...EMPTY_ENTITY_FILTER.include, place: ['place:mariupol'] } },
      ['person:nobody'],
    ],
    ['a slug of the wrong type is unknown', 'person=mariupol', {}, ['person:mariupol']],
    ['an exclude without type is unknown', 'exclude=russia', {}, ['exclude:russia']],
    [
      "an empty value names nothing: it is dropped, not reported as 'No person ‘’'",
      'person=&exclude=',
      {},
      [],
    ],
    [
      'excluding what is included: the exclusion wins',
      'place=russia&exclude=place:russia',
      { exclude: ['place:russia'] },
      [],
    ],
  ])('%s', (_label, query, expected, unknown) => {
    const parsed = parse(query);
    expect(parsed.filter).toEqual({ ...EMPTY_ENTITY_FILTER, ...expected });
    expect(parsed.unknown.map((u) => `${u.param}:${u.slug}`)).toEqual(unknown);
  });

  it('keeps letters of every script in slugs', () => {
    expect(parse('person=%D0%BF%D1%83%D1%82%D0%B8%D0%BD').unknown).toEqual([
      { param: 'person', type: 'person', slug: 'путин' },
    ]);
  });
});

describe('serializeEntityFilter', () => {
  it.each<[string, string]>([
    ['', ''],
    ['person=vladimir-putin', 'person=vladimir-putin'],
    ['match=any&place=azovstal&person=vladimir-putin', 'person=vladimir-putin&place=azovstal&match=any'],
    ['demonyms=1&exclude=place:russia', 'exclude=place%3Arussia&demonyms=1'],
  ])('%s → %s', (query, expected) => {
    expect(new URLSearchParams(serializeEntityFilter(parse(query).filter)).toString()).toBe(expected);
  });

  it('round-trips every filter of known entities', () => {
    const ids = FIXTURE_INDEX.entities.map((e) => e.id);
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.subarray(ids),
        fc.constantFrom<'all' | 'any'>('all', 'any'),
        fc.boolean(),
        (included, excluded, match, includeDemonyms) => {
          const exclude = excluded.filter((id) => !included.includes(id));
          const filter: EntityFilter = {
            include: {
              person: included.filter((id) => id.startsWith('person:')),
              place: included.filter((id) => id.startsWith('place:')),
              organization: included.filter((id) => id.startsWith('organization:')),
              date: included.filter((id) => id.startsWith('date:')),
              money: included.filter((id) => id.startsWith('money:')),
              quantity: included.filter((id) => id.startsWith('quantity:')),
            },
            match,
            exclude,
            includeDemonyms,
          };
          const again = parseEntityFilter(new URLSearchParams(serializeEntityFilter(filter)), FIXTURE_INDEX);
          expect(again).toEqual({ filter, unknown: [] });
        },
      ),
    );
  });
});

describe('isFilterActive', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['match=any&demonyms=1', false],
    ['person=vladimir-putin', true],
    ['exclude=place:russia', true],
  ])('%s → %s', (query, expected) => {
    expect(isFilterActive(parse(query).filter)).toBe(expected);
  });
});
