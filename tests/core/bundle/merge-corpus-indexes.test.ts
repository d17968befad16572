import { describe, expect, it } from 'vitest';
import { isLocalStoryId, localDocumentId } from '../../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../../src/core/bundle/make-local-bundle.ts';
import { mergeCorpusIndexes } from '../../../src/core/bundle/merge-corpus-indexes.ts';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import type { CorpusIndex, EntitySummary, StorySummary } from '../../../src/core/schema.ts';

const entity = (id: string, extra: Partial<EntitySummary> = {}): EntitySummary => {
  const [type, slug] = id.split(':') as [EntitySummary['type'], string];
  return {
    id,
    type,
    name: slug,
    aliases: [slug],
    mentionCount: 1,
    demonyms: [],
    coordinates: null,
    value: null,
    storyCount: 1,
    ...extra,
  };
};

const story = (id: string, documentId: string, paragraphEntities: number[][]): StorySummary => ({
  id,
  documentId,
  title: id,
  line: 1,
  titleMentions: [],
  source: null,
  sections: [],
  firstSentence: '',
  wordCount: 10,
  readingMinutes: 1,
  paragraphEntities,
  paragraphIds: paragraphEntities.map((_, i) => `p-${i + 2}`),
  speakers: [],
  chunk: `local:${documentId}/${id}`,
});

const index = (
  version: string,
  documentId: string,
  entities: EntitySummary[],
  stories: StorySummary[],
): CorpusIndex => ({
  version,
  documents: [
    {
      id: documentId,
      source: `${documentId}.txt`,
      storyIds: stories.map((s) => s.id),
      boilerplate: [],
      warnings: [],
    },
  ],
  stories,
  entities,
});

const base = index(
  'b',
  'built',
  [entity('place:kyiv', { mentionCount: 3, demonyms: ['Kyivan'] }), entity('person:ann-lee')],
  [story('built-story', 'built', [[0, 1], [1]])],
);

/** The entity ids of each paragraph of a story, as the merged index numbers them. */
const idsOf = (merged: CorpusIndex, storyId: string) =>
  merged.stories
    .find((s) => s.id === storyId)
    ?.paragraphEntities.map((indexes) => indexes.map((i) => merged.entities[i]?.id));

describe('mergeCorpusIndexes', () => {
  it('returns the built index itself when nothing is kept locally', () => {
    expect(mergeCorpusIndexes(base, [])).toBe(base);
  });

  const local = index(
    'l',
    'local-aaaaaaaaaaaa',
    // local numbering: 0 = a new person, 1 = a place the built corpus has
    [entity('person:bo-ma'), entity('place:kyiv', { aliases: ['Kiev'], demonyms: ['Kyivans'] })],
    [story('local-aaaaaaaaaaaa--s', 'local-aaaaaaaaaaaa', [[0, 1], [1], []])],
  );

  const cases: [string, (merged: CorpusIndex) => unknown, unknown][] = [
    ['documents follow the built ones', (m) => m.documents.map((d) => d.id), ['built', 'local-aaaaaaaaaaaa']],
    [
      'stories follow the built ones',
      (m) => m.stories.map((s) => s.id),
      ['built-story', 'local-aaaaaaaaaaaa--s'],
    ],
    [
      'built numbering is untouched',
      (m) => idsOf(m, 'built-story'),
      [['place:kyiv', 'person:ann-lee'], ['person:ann-lee']],
    ],
    [
      'local paragraphs are renumbered against the merged entities (sorted)',
      (m) => m.stories.find((s) => s.id === 'local-aaaaaaaaaaaa--s')?.paragraphEntities,
      [[0, 2], [0], []],
    ],
    [
      'local paragraphs name the same entities',
      (m) => idsOf(m, 'local-aaaaaaaaaaaa--s'),
      [['place:kyiv', 'person:bo-ma'], ['place:kyiv'], []],
    ],
    [
      'a shared entity is listed once',
      (m) => m.entities.map((e) => e.id),
      ['place:kyiv', 'person:ann-lee', 'person:bo-ma'],
    ],
    [
      'a shared entity adds its counts',
      (m) => [m.entities[0]?.mentionCount, m.entities[0]?.storyCount],
      [4, 2],
    ],
    [
      'a shared entity unites aliases and demonyms',
      (m) => [m.entities[0]?.aliases, m.entities[0]?.demonyms],
      [
        ['kyiv', 'Kiev'],
        ['Kyivan', 'Kyivans'],
      ],
    ],
    ['the version names both', (m) => m.version, 'b+l'],
  ];
  it.each(cases)('%s', (_, pick, expected) => {
    expect(pick(mergeCorpusIndexes(base, [local]))).toEqual(expected);
  });

  it('lists a digest added twice once', () => {
    const merged = mergeCorpusIndexes(base, [local, local]);
    expect(merged.stories.map((s) => s.id)).toEqual(['built-story', 'local-aaaaaaaaaaaa--s']);
    expect(merged.entities[0]?.mentionCount).toBe(4);
  });

  it('never changes its inputs', () => {
    const before = JSON.stringify([base, local]);
    mergeCorpusIndexes(base, [local]);
    expect(JSON.stringify([base, local])).toBe(before);
  });
});

describe('makeLocalBundle', () => {
  const text =
    'Talks in Kyiv\n\nAnn Lee met officials in Kyiv on Monday, the ministry said.\n\nSecond headline here\n\nThe talks went on in Paris.\n';
  const id = localDocumentId(text);
  const bundle = makeLocalBundle(buildCorpus([{ source: 'mine.txt', text }]), id);

  it('names the document local-<12 hex digits> of its text', () => {
    expect(id).toMatch(/^local-[0-9a-f]{12}$/);
    expect(bundle.index.documents.map((d) => d.id)).toEqual([id]);
  });

  it('namespaces every story id and body under the document, with a local: chunk', () => {
    expect(bundle.index.stories.length).toBeGreaterThan(0);
    for (const s of bundle.index.stories) {
      expect(s.id.startsWith(`${id}--`)).toBe(true);
      expect(isLocalStoryId(s.id)).toBe(true);
      expect(s.chunk).toBe(`local:${id}/${s.id}`);
      expect(s.documentId).toBe(id);
    }
    expect(bundle.bodies.map((b) => b.id)).toEqual(bundle.index.stories.map((s) => s.id));
    expect(bundle.index.documents[0]?.storyIds).toEqual(bundle.index.stories.map((s) => s.id));
  });

  it.each([
    ['local-0123456789ab--talks-in-kyiv', true],
    ['local-elections-in-kyiv', false],
    ['local-0123456789ab-talks', false],
    ['talks-in-kyiv', false],
  ])('isLocalStoryId(%s) is %s', (storyId, expected) => {
    expect(isLocalStoryId(storyId)).toBe(expected);
  });
});
