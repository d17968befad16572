import { describe, expect, it } from 'vitest';
import { facetBase } from '../../../../src/core/bundle/slices/facet-base.ts';
import { homePageCount, homeSlice } from '../../../../src/core/bundle/slices/home-slice.ts';
import { digestSlice } from '../../../../src/core/bundle/slices/digest-slice.ts';
import { boundOutline } from '../../../../src/core/query/bound-outline.ts';
import { EMPTY_ENTITY_FILTER } from '../../../../src/core/query/entity-filter.ts';
import { facetCounts } from '../../../../src/core/query/facet-counts.ts';
import { storyPage } from '../../../../src/core/query/story-page.ts';
import type { CorpusIndex, IndexSlice, StorySummary } from '../../../../src/core/schema.ts';
import { fixtureIndex } from '../../../app/fixture-corpus.ts';

/**
 * Digests of uneven sizes (a one-story digest, ones longer than a list page, an empty one), each story a
 * renamed copy of one of the fixture's, so stories differ in the entities they name.
 */
function unevenIndex(sizes: readonly number[]): CorpusIndex {
  const stories: StorySummary[] = [];
  const documents = sizes.map((size, d) => {
    const id = `digest-${d + 1}`;
    const storyIds = Array.from({ length: size }, (_, s) => {
      const model = fixtureIndex.stories[(d + s) % fixtureIndex.stories.length]!;
      const story = {
        ...model,
        id: `d${d + 1}-s${s + 1}`,
        documentId: id,
        title: `${model.title} ${d}/${s}`,
      };
      stories.push(story);
      return story.id;
    });
    return { id, source: `seeds/digest-${d + 1}.txt`, storyIds, boilerplate: [], warnings: [] };
  });
  return { ...fixtureIndex, documents, stories };
}

/** A story as entity ids, so a slice's renumbered story compares with the whole index's. */
const named = (index: CorpusIndex, story: StorySummary) => ({
  ...story,
  paragraphEntities: story.paragraphEntities.map((list) => list.map((e) => index.entities[e]?.id)),
});

const pageShape = (index: CorpusIndex, page: ReturnType<typeof storyPage>) => ({
  ...page,
  groups: page.groups.map(({ doc, stories }) => ({ doc, stories: stories.map((s) => named(index, s)) })),
});

const outlineShape = (outline: ReturnType<typeof boundOutline>) => ({
  digests: outline.digests.map((d) => [d.doc.id, d.stories.map((s) => s.id), d.first.id, d.storyCount]),
  before: outline.before,
  after: outline.after,
  page: outline.page,
});

describe.each<[string, CorpusIndex]>([
  ['uneven digests', unevenIndex([1, 7, 60, 3, 0, 12, 49, 2, 51, 5, 5, 5, 80, 1])],
  ['the fixture (one digest)', fixtureIndex],
])('index slices: %s', (_, index) => {
  const slices = new Map<string, IndexSlice>();
  for (const story of index.stories) slices.set(story.id, digestSlice(index, story.documentId)!);

  it('each page of `/` lists, from its slice, what it lists from the whole index', () => {
    const pages = homePageCount(index);
    for (let page = 1; page <= pages + 1; page++) {
      const slice = homeSlice(index, page);
      expect(slice.index.stories.length).toBeLessThanOrEqual(50);
      expect(pageShape(slice.index, storyPage(slice.index, '', page, 50, slice.whole))).toEqual(
        pageShape(index, storyPage(index, '', page)),
      );
      expect(outlineShape(boundOutline(slice.index, { page }, slice.whole))).toEqual(
        outlineShape(boundOutline(index, { page })),
      );
    }
  });

  it('each story page has, from its digest’s slice, the whole index’s outline, pager neighbours and story', () => {
    for (const [id, slice] of slices) {
      expect(outlineShape(boundOutline(slice.index, { currentStoryId: id }, slice.whole))).toEqual(
        outlineShape(boundOutline(index, { currentStoryId: id })),
      );
      const at = index.stories.findIndex((s) => s.id === id);
      const local = slice.index.stories.findIndex((s) => s.id === id);
      expect(slice.index.stories[local - 1]?.id).toBe(index.stories[at - 1]?.id);
      expect(slice.index.stories[local + 1]?.id).toBe(index.stories[at + 1]?.id);
      expect(named(slice.index, slice.index.stories[local]!)).toEqual(named(index, index.stories[at]!));
    }
  });

  it('a slice keeps only the entities its stories name, and stays small whatever the corpus size', () => {
    for (const slice of slices.values()) {
      const used = new Set(slice.index.stories.flatMap((s) => s.paragraphEntities.flat()));
      for (const s of slice.index.stories)
        for (const m of s.titleMentions) used.add(slice.index.entities.findIndex((e) => e.id === m.entityId));
      expect(slice.index.entities.length).toBe(used.size);
      const digests = slice.index.documents.length;
      expect(digests).toBeLessThanOrEqual(7);
    }
  });

  it('an unknown digest, or one without stories, has no slice', () => {
    expect(digestSlice(index, 'no-such-digest')).toBeNull();
    const empty = index.documents.find((d) => d.storyIds.length === 0);
    if (empty) expect(digestSlice(index, empty.id)).toBeNull();
  });
});

describe('facetBase', () => {
  const index = fixtureIndex;

  it('holds each type’s top rows with the whole index’s counts and totals', () => {
    const base = facetBase(index, 1);
    const counts = facetCounts(index, EMPTY_ENTITY_FILTER);
    base.entities.forEach((entity, i) => {
      const at = index.entities.findIndex((e) => e.id === entity.id);
      expect([base.paragraphCounts[i], base.storyCounts[i]]).toEqual([
        counts.paragraphs[at],
        counts.stories[at],
      ]);
    });
    for (const type of ['person', 'place', 'organization'] as const) {
      const ofType = index.entities.filter((e) => e.type === type);
      expect(base.totals[type]?.entities).toBe(ofType.length);
      // the most named entity of each type is kept even with one row a facet
      const top = [...ofType].sort(
        (a, b) =>
          (counts.paragraphs[index.entities.indexOf(b)] ?? 0) -
            (counts.paragraphs[index.entities.indexOf(a)] ?? 0) || b.mentionCount - a.mentionCount,
      )[0]!;
      expect(base.entities.map((e) => e.id)).toContain(top.id);
    }
  });

  it('keeps every entity tied with the last row, and every place with demonyms', () => {
    const tied = unevenIndex([3]);
    const base = facetBase({ ...tied, entities: tied.entities.map((e) => ({ ...e, mentionCount: 1 })) }, 1);
    const counts = facetCounts(tied, EMPTY_ENTITY_FILTER);
    const withDemonyms = tied.entities.filter((e) => e.demonyms.length > 0).map((e) => e.id);
    for (const id of withDemonyms) expect(base.entities.map((e) => e.id)).toContain(id);
    // people: every person with the top paragraph count is kept, not just the first
    const people = tied.entities
      .map((e, i) => [e, counts.paragraphs[i] ?? 0] as const)
      .filter(([e]) => e.type === 'person');
    const best = Math.max(...people.map(([, n]) => n));
    for (const [person, n] of people)
      if (n === best) expect(base.entities.map((e) => e.id)).toContain(person.id);
  });
});
