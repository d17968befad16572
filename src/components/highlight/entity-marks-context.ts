import { createContext, useContext } from 'react';
import type { CorpusIndex, EntitySummary, EntityType, StoryBody } from '../../core/schema.ts';

/** What highlighted text needs to know about the corpus and the reader's current view. */
export interface EntityMarks {
  /** The loaded index, or null before it is (text then renders plain). */
  index: CorpusIndex | null;
  entityById: ReadonlyMap<string, EntitySummary>;
  /** Types whose highlights the reader switched off in the legend. */
  hiddenTypes: ReadonlySet<EntityType>;
  /** Entities the filter includes: their marks get a stronger background. */
  activeIds: ReadonlySet<string>;
  /** On a story page with a filter on: the paragraphs that pass it (the rest collapse); null shows all. */
  visibleParagraphs: ReadonlySet<string> | null;
  /** With "include demonyms" on: the filtered places whose demonyms ("Russian") are marked too. */
  demonymPlaces: readonly EntitySummary[];
  /** The story being read, when on a story page. */
  body: StoryBody | null;
}

export const EntityMarksContext = createContext<EntityMarks>({
  index: null,
  entityById: new Map(),
  hiddenTypes: new Set(),
  activeIds: new Set(),
  visibleParagraphs: null,
  demonymPlaces: [],
  body: null,
});

/** The corpus and view state highlighted text reads. */
export function useEntityMarks(): EntityMarks {
  return useContext(EntityMarksContext);
}
