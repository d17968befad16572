import { useSuspenseQueries, type UseSuspenseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CorpusIndex, FacetBase, IndexSlice, IndexWhole } from '../core/schema.ts';
import { corpusIndexQueryOptions } from './corpus-index-query-options.ts';
import type { PageMode } from './page-mode.ts';
import { facetBaseQueryOptions, type homeSliceQueryOptions } from './slice-query-options.ts';
import type { storySliceQueryOptions } from './story-slice-query-options.ts';

/** The index a page renders from: the whole index, or its slice with the whole index's figures and facets. */
export interface PageIndex {
  index: CorpusIndex;
  /** Set for a slice: what the whole index counts that the slice cannot. */
  whole?: IndexWhole;
  /** Set for a slice: the filter panel's top rows and counts (for an entity's slice, its totals). */
  facets?: FacetBase;
  /**
   * Stories of the whole index that `index` leaves out, all hidden by the filter: set for an entity's slice
   * (entity-page.ts), which holds only the stories naming the entity.
   */
  outside?: number;
}

/**
 * The page's index in `mode` (decided by its loader, which has fetched it: this suspends only when the
 * cache lost it; in `entity` mode the loader's `entityPage`). One hook for both modes, so a page switching mode (a filter ticked) keeps its state.
 */
export function usePageIndex(
  mode: PageMode,
  slice: SliceQueryOptions,
  /** The loader's page in `entity` mode (null in the others). */
  entityPage?: PageIndex | null,
): PageIndex {
  // the queries differ in number and type by mode: read back as `unknown`, typed again below by mode
  const queries =
    mode === 'slice'
      ? [erase(slice), erase(facetBaseQueryOptions())]
      : mode === 'whole'
        ? [erase(corpusIndexQueryOptions())]
        : [];
  const results = useSuspenseQueries({ queries });
  const [first, second] = results.map((result) => result.data);
  return useMemo((): PageIndex => {
    // an entity's page, read by its loader (entity-page.ts, loaded only for a filtered URL)
    if (entityPage) return entityPage;
    if (mode === 'whole') return { index: first as CorpusIndex };
    const { index, whole } = sliceOrThrow(first as IndexSlice | null);
    return { index, whole, facets: second as FacetBase };
  }, [mode, first, second, entityPage]);
}

/** The page's slice query: `homeSliceQueryOptions` or `storySliceQueryOptions` (passed in, so `/` does not carry the story's). */
export type SliceQueryOptions = ReturnType<typeof homeSliceQueryOptions | typeof storySliceQueryOptions>;

type AnyQuery = UseSuspenseQueryOptions<unknown, Error, unknown, readonly unknown[]>;

/** Forgets an option object's data and key types (its query function's key parameter blocks widening). */
const erase = (options: object): AnyQuery => options as AnyQuery;

/** A story slice is null for an unknown story, which the loader answers with a 404 before any render. */
function sliceOrThrow(slice: IndexSlice | null): IndexSlice {
  if (!slice) throw new Error('The story is no longer in the corpus');
  return slice;
}
