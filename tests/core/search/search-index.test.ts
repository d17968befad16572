import { describe, expect, it } from 'vitest';
import { EMPTY_ENTITY_FILTER, type EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { buildSearchIndex } from '../../../src/core/search/build-search-index.ts';
import { groupHits } from '../../../src/core/search/group-hits.ts';
import { loadSearchEngine } from '../../../src/core/search/load-search-engine.ts';
import { paragraphSections } from '../../../src/core/search/paragraph-sections.ts';
import { parseSearchDocId } from '../../../src/core/search/search-doc-id.ts';
import { markRanges } from '../../../src/core/search/mark-ranges.ts';
import { queryTerms } from '../../../src/core/search/query-terms.ts';
import { searchDocuments } from '../../../src/core/search/search-documents.ts';
import type { CorpusIndex, StoryBody, StorySummary } from '../../../src/core/schema.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../query/fixture-corpus.ts';

const bodies = [...FIXTURE_BODIES.values()];
const engine = await loadSearchEngine(buildSearchIndex(FIXTURE_INDEX, bodies));

/** A search document id in words: `zelenskys-adviser/p-3`, `…/#section`, `…/` for the headline. */
function readable(id: string, index: CorpusIndex = FIXTURE_INDEX): string {
  const target = parseSearchDocId(id);
  const story = target && index.stories[target.story];
  if (!target || !story) return `?${id}`;
  if (target.kind === 'title') return `${story.id}/`;
  if (target.kind === 'heading') return `${story.id}/#${story.sections[target.section]?.id ?? '?'}`;
  return `${story.id}/${story.paragraphIds[target.position] ?? '?'}`;
}

/** A story whose text is not Latin, and text that looks like markup. */
const foreign: StoryBody = {
  id: 'бої-в-маріуполі',
  story: {
    id: 'бої-в-маріуполі',
    title: 'Бої в Маріуполі',
    line: 1,
    titleMentions: [],
    source: null,
    sections: [
      {
        id: 'lead',
        heading: null,
        line: 3,
        headingMentions: [],
        paragraphs: [
          { id: 'p-3', line: 3, text: 'Оборонці «Азовсталі» тримаються.', mentions: [], quotes: [] },
          { id: 'p-5', line: 5, text: '<script>alert("x")</script> قطر', mentions: [], quotes: [] },
        ],
      },
    ],
  },
};

/** The index entry of the foreign story, as the bundle would make it. */
const foreignSummary: StorySummary = {
  id: foreign.id,
  documentId: 'seed',
  title: foreign.story.title,
  line: 1,
  titleMentions: [],
  source: null,
  sections: [{ id: 'lead', heading: null, line: 3, headingMentions: [], paragraphCount: 2 }],
  firstSentence: '',
  wordCount: 8,
  readingMinutes: 1,
  paragraphEntities: [[], []],
  paragraphIds: ['p-3', 'p-5'],
  speakers: [],
  chunk: 'corpus/x.json',
};

describe('searchDocuments', () => {
  it('makes one document per headline, sub-heading and paragraph, each with one field', () => {
    const documents = searchDocuments(FIXTURE_INDEX, bodies);
    const paragraphs = bodies.flatMap((b) => b.story.sections.flatMap((s) => s.paragraphs));
    const headings = bodies.flatMap((b) => b.story.sections.filter((s) => s.heading !== null));
    expect(documents).toHaveLength(bodies.length + headings.length + paragraphs.length);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    expect(documents.slice(0, 2)).toEqual([
      { id: '0', title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal' },
      {
        id: '0.0',
        text: 'The eyes are on Mariupol, except the Azovstal factory, said Oleksiy Aristovich.',
      },
    ]);
    expect(documents.map((d) => readable(d.id))).toContain('european-countries-sold-arms/p-36');
    expect(documents).toContainEqual({
      id: '0#1',
      heading: 'It contains thousands of fighters',
    });
  });
});

describe('the built index, loaded back', () => {
  const ids = (query: string): string[] => engine.search(query).map((h) => readable(h.id));

  it('counts every document', () => {
    expect(engine.documentCount).toBe(searchDocuments(FIXTURE_INDEX, bodies).length);
  });

  it.each<[string, string, string[]]>([
    ['a word in paragraphs', 'besieged', ['zelenskys-adviser/p-13']],
    ['a prefix', 'besi', ['zelenskys-adviser/p-13']],
    ['a typo', 'besieqed', ['zelenskys-adviser/p-13']],
    ['case and accents folded', 'BESÏEGED', ['zelenskys-adviser/p-13']],
    ['every word must match (AND)', 'mariupol besieged', ['zelenskys-adviser/p-13']],
    ['a sub-heading', 'thousands', ['zelenskys-adviser/#it-contains-thousands-of-fighters']],
    ['nothing', 'zzzzqqq', []],
    ['stop words are not indexed', 'the', []],
    ['stop words in a query are left out', 'the besieged', ['zelenskys-adviser/p-13']],
  ])('%s: %s', (_label, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds a word everywhere it is, the headline first', () => {
    const found = ids('azovstal');
    expect(found[0]).toBe('zelenskys-adviser/');
    expect(new Set(found)).toEqual(
      new Set([
        'zelenskys-adviser/',
        'zelenskys-adviser/p-3',
        'zelenskys-adviser/p-5',
        'zelenskys-adviser/p-7',
        'zelenskys-adviser/p-20',
      ]),
    );
  });

  it('finds non-Latin words and never treats text as markup', async () => {
    const index: CorpusIndex = { ...FIXTURE_INDEX, stories: [...FIXTURE_INDEX.stories, foreignSummary] };
    const mixed = await loadSearchEngine(buildSearchIndex(index, [...bodies, foreign]));
    const find = (query: string) => mixed.search(query).map((h) => readable(h.id, index));
    expect(find('маріуп')).toEqual(['бої-в-маріуполі/']);
    expect(find('азовстал')).toEqual(['бої-в-маріуполі/p-3']);
    expect(find('قطر')).toEqual(['бої-в-маріуполі/p-5']);
    expect(find('script')).toEqual(['бої-в-маріуполі/p-5']);
  });
});

describe('paragraphSections', () => {
  it('names the section of each paragraph, in reading order', () => {
    const story = FIXTURE_INDEX.stories[0];
    if (!story) throw new Error('fixture has stories');
    const sections = paragraphSections(story);
    expect(sections).toEqual([
      ...Array<string>(6).fill('lead'),
      ...Array<string>(3).fill('it-contains-thousands-of-fighters'),
    ]);
    expect(sections).toHaveLength(story.paragraphIds.length);
  });
});

describe('groupHits', () => {
  const filter = (include: Partial<EntityFilter['include']>, match: 'all' | 'any' = 'all'): EntityFilter => ({
    ...EMPTY_ENTITY_FILTER,
    include: { ...EMPTY_ENTITY_FILTER.include, ...include },
    match,
  });
  const summary = (query: string, f: EntityFilter | null) => {
    const { groups, hitCount } = groupHits(FIXTURE_INDEX, engine.search(query), f);
    return {
      hitCount,
      groups: groups.map((g) => [
        g.story.id,
        g.title,
        g.hits.map((h) => (h.kind === 'paragraph' ? `${h.sectionId}/${h.paragraphId}` : `#${h.sectionId}`)),
      ]),
    };
  };

  it.each<[string, string, EntityFilter | null, ReturnType<typeof summary>]>([
    [
      'grouped by story, hits in reading order',
      'forces',
      null,
      {
        hitCount: 5,
        groups: [
          [
            'zelenskys-adviser',
            true,
            ['lead/p-5', 'lead/p-7', 'lead/p-11', 'it-contains-thousands-of-fighters/p-18'],
          ],
        ],
      },
    ],
    [
      'a sub-heading and a paragraph in the same section',
      'fighters',
      null,
      {
        hitCount: 2,
        groups: [
          [
            'zelenskys-adviser',
            false,
            ['#it-contains-thousands-of-fighters', 'it-contains-thousands-of-fighters/p-16'],
          ],
        ],
      },
    ],
    [
      'a person filter keeps only paragraphs naming them, never headlines',
      'azovstal',
      filter({ person: ['person:vladimir-putin'] }),
      { hitCount: 1, groups: [['zelenskys-adviser', false, ['lead/p-7']]] },
    ],
    [
      'a filter no hit passes',
      'besieged',
      filter({ person: ['person:vladimir-putin'] }),
      { hitCount: 0, groups: [] },
    ],
    [
      'an empty filter changes nothing',
      'besieged',
      EMPTY_ENTITY_FILTER,
      { hitCount: 1, groups: [['zelenskys-adviser', false, ['lead/p-13']]] },
    ],
  ])('%s', (_label, query, f, expected) => {
    const actual = summary(query, f);
    expect(actual.hitCount).toBe(expected.hitCount);
    expect(new Set(actual.groups.map((g) => JSON.stringify(g)))).toEqual(
      new Set(expected.groups.map((g) => JSON.stringify(g))),
    );
  });

  it('puts the best story first and drops ids the index does not know', () => {
    const { groups, hitCount } = groupHits(
      FIXTURE_INDEX,
      [
        { id: '1.1', score: 9 }, // european-countries-sold-arms/p-34
        { id: '9.0', score: 8 }, // no story 9
        { id: '0.zz', score: 7 }, // no paragraph 1295
        { id: '0#9', score: 6 }, // no section 9
        { id: '0.0', score: 2 }, // zelenskys-adviser/p-3
        { id: 'not an id', score: 1 },
      ],
      null,
    );
    expect(groups.map((g) => [g.story.id, g.score])).toEqual([
      ['european-countries-sold-arms', 9],
      ['zelenskys-adviser', 2],
    ]);
    expect(hitCount).toBe(2);
  });
});

describe('marks agree with the index', () => {
  const paragraphs = bodies.flatMap((b) =>
    b.story.sections.flatMap((s) => s.paragraphs.map((p) => ({ id: `${b.id}/${p.id}`, text: p.text }))),
  );
  it.each(['mariu', 'besieqed', 'forces', 'rus', 'union', 'germny', 'russian forces', 'the azov mariupol'])(
    '%s: a paragraph is found exactly when every query word marks a word in it',
    (query) => {
      const terms = queryTerms(query);
      const found = new Set(engine.search(query).map((h) => readable(h.id)));
      const marked = paragraphs
        .filter((p) => terms.every((term) => markRanges(p.text, [term]).length > 0))
        .map((p) => p.id);
      expect(marked.length).toBeGreaterThan(0);
      expect(new Set(marked)).toEqual(
        new Set([...found].filter((id) => !id.endsWith('/') && !id.includes('/#'))),
      );
    },
  );
});
