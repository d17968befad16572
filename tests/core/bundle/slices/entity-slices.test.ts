import { describe, expect, it } from 'vitest';
import { entityPageIndex } from '../../../../src/core/bundle/slices/entity-page-index.ts';
import {
  ENTITY_SLICE_MAX_STORIES,
  ENTITY_SLICE_TYPES,
  entitySlices,
} from '../../../../src/core/bundle/slices/entity-slices.ts';
import { facetBase } from '../../../../src/core/bundle/slices/facet-base.ts';
import { entitySlug } from '../../../../src/core/query/entity-slug.ts';
import { facetCounts } from '../../../../src/core/query/facet-counts.ts';
import { narrowIndex } from '../../../../src/core/query/narrow-index.ts';
import { parseEntityFilter } from '../../../../src/core/query/parse-entity-filter.ts';
import type { CorpusIndex, StorySummary } from '../../../../src/core/schema.ts';
import { facetOrder, rankFacetEntries } from '../../../../src/components/filter/rank-facet-entries.ts';
import { fixtureIndex } from '../../../app/fixture-corpus.ts';

/** The fixture's stories copied into three digests, so an entity's stories span digests and others are left out. */
function widerIndex(): CorpusIndex {
  const stories: StorySummary[] = [];
  const documents = [0, 1, 2].map((d) => {
    const id = `digest-${d + 1}`;
    const storyIds = fixtureIndex.stories
      .filter((_, s) => (s + d) % 3 !== 0)
      .map((model, s) => {
        const story = { ...model, id: `d${d + 1}-s${s + 1}`, documentId: id, title: `${model.title} ${d}` };
        stories.push(story);
        return story.id;
      });
    return { id, source: `seeds/digest-${d + 1}.txt`, storyIds, boilerplate: [], warnings: [] };
  });
  return { ...fixtureIndex, documents, stories };
}

/** What the page shows under `search`: its stories, hidden count, per-story matches, facet rows and counts. */
function pageOf(index: CorpusIndex, search: string, outside = 0) {
  const { filter } = parseEntityFilter(new URLSearchParams(search), index);
  const narrowed = narrowIndex(index, filter);
  const counts = facetCounts(index, filter);
  const ranked = rankFacetEntries(
    index.entities,
    facetOrder(index.entities),
    counts.paragraphs,
    counts.stories,
  );
  return {
    stories: narrowed.index.stories.map((s) => s.id),
    hidden: narrowed.hiddenStories + outside,
    matches: [...narrowed.matches],
    // every count the filter gives above 0, by entity id (what the facets and the legend show)
    counts: Object.fromEntries(
      index.entities.flatMap((e, i) =>
        (counts.paragraphs[i] ?? 0) > 0 ? [[e.id, [counts.paragraphs[i], counts.stories[i]]]] : [],
      ),
    ),
    // a facet's first rows, those at 0 included (greyed under "all selected")
    rows: [...ranked].map(([type, entries]) => [
      type,
      entries.slice(0, 8).map((e) => [e.entity.id, e.paragraphs, e.stories]),
    ]),
  };
}

describe.each<[string, CorpusIndex]>([
  ['the fixture', fixtureIndex],
  ['three digests', widerIndex()],
])('entity slices: %s', (_, index) => {
  const slices = entitySlices(index);
  const base = facetBase(index);
  const sliced = index.entities.filter((e) => ENTITY_SLICE_TYPES.includes(e.type));
  const cases = sliced.map((e) => [e.id, `${e.type}=${entitySlug(e.id)}`] as const);

  it('writes a slice for every person and place named in a paragraph, and for no other type', () => {
    const inParagraphs = new Set(index.stories.flatMap((s) => s.paragraphEntities.flat()));
    const expected = index.entities.filter(
      (e, i) => ENTITY_SLICE_TYPES.includes(e.type) && inParagraphs.has(i),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect([...slices.keys()].sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it.each(cases)('%s: the same stories, hidden count and facet counts as the whole index', (id, search) => {
    const slice = slices.get(id);
    if (!slice) return expect(pageOf(index, search).stories).toEqual([]);
    const { index: pieces, outside } = entityPageIndex(slice, base);
    expect(pageOf(pieces, search, outside)).toEqual(pageOf(index, search));
  });
});

describe('entity slices: the story cap', () => {
  it('writes no slice for an entity in more stories than the cap: its link loads the whole index', () => {
    const model = fixtureIndex.stories[0]!;
    const stories = Array.from({ length: ENTITY_SLICE_MAX_STORIES + 1 }, (_, s) => ({
      ...model,
      id: `s${s}`,
    }));
    const index: CorpusIndex = {
      ...fixtureIndex,
      documents: [
        { id: 'd', source: 'seeds/d.txt', storyIds: stories.map((s) => s.id), boilerplate: [], warnings: [] },
      ],
      stories,
    };
    const named = new Set(model.paragraphEntities.flat().map((e) => fixtureIndex.entities[e]!.id));
    const slices = entitySlices(index);
    expect(named.size).toBeGreaterThan(0);
    for (const id of named) expect(slices.has(id)).toBe(false);
  });
});
