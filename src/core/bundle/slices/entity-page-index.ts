import type { CorpusIndex, FacetBase, IndexSlice } from '../../schema.ts';

/** What a page filtered by one entity renders from: its slice's index, and the stories it leaves out. */
export interface EntityPageIndex {
  index: CorpusIndex;
  /** Stories of the whole index not in `index`: none names the entity, so the filter hides them all. */
  outside: number;
}

/**
 * An entity's slice (`entitySlices`) with the facet base's entities after its own (whose positions its
 * paragraphs use): the filter counts them 0, as the whole index does, and they fill a facet's greyed rows at
 * 0 ("all selected") in the whole index's order, most mentioned first.
 */
export function entityPageIndex(slice: IndexSlice, facets: FacetBase): EntityPageIndex {
  const { index, whole } = slice;
  const own = new Set(index.entities.map((e) => e.id));
  const entities = [...index.entities, ...facets.entities.filter((e) => !own.has(e.id))];
  return { index: { ...index, entities }, outside: whole.storyCount - index.stories.length };
}
