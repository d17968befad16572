import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { entityPageIndex } from '../core/bundle/slices/entity-page-index.ts';
import { singleEntityFilter } from '../core/bundle/slices/single-entity-filter.ts';
import { entitySliceUrl } from '../core/bundle/slices/entity-slice-url.ts';
import type { IndexSlice } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { FetchError, fetchJson } from './fetch-json.ts';
import { isIndexSlice } from './is-index-slice.ts';
import { facetBaseQueryOptions } from './slice-query-options.ts';
import type { PageIndex } from './use-page-index.ts';

// Loaded only by a filtered URL's loader (page-mode.ts): the entry's first-load JavaScript stays as it was.

/** A link filtering by entity `entityId` alone: the stories naming it, or null when the build wrote no slice. */
function entitySliceQueryOptions(entityId: string) {
  return queryOptions({
    queryKey: corpusKeys.slice('entity', entityId),
    queryFn: async ({ signal }): Promise<IndexSlice | null> => {
      try {
        return await fetchJson(entitySliceUrl(corpusManifest.version, entityId), isIndexSlice, signal);
      } catch (error) {
        // no file: an unknown entity, one in too many stories or of a type without slices
        if (error instanceof FetchError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

/**
 * What a page filtered by one entity renders from (`singleEntityFilter`): the entity's slice, with the facet
 * base's entities and totals (src/core/bundle/slices/entity-page-index.ts). Null for any other filter, or
 * when the build wrote no slice for the entity: the page then loads the whole index, which also says when
 * the entity is unknown. Cached, so the page's render finds what its loader fetched.
 */
export async function loadEntityPage(queryClient: QueryClient, search: string): Promise<PageIndex | null> {
  const entityId = singleEntityFilter(new URLSearchParams(search));
  if (entityId === null) return null;
  const [slice, facets] = await Promise.all([
    queryClient.ensureQueryData(entitySliceQueryOptions(entityId)),
    queryClient.ensureQueryData(facetBaseQueryOptions()),
  ]);
  return slice ? { ...entityPageIndex(slice, facets), facets } : null;
}
