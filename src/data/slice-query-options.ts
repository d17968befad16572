import { queryOptions } from '@tanstack/react-query';
import { facetsSliceUrl, homeSliceUrl } from '../core/bundle/slices/page-slice-url.ts';
import type { FacetBase, IndexSlice } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { fetchJson } from './fetch-json.ts';
import { isFacetBase } from './is-facet-base.ts';
import { isIndexSlice } from './is-index-slice.ts';

// The build's slice files (src/core/bundle/slices/slice-files.ts), read by the browser and by the build's own render
// alike. Once the whole index is cached, pages use it instead (page-mode.ts), so no slice is cut here.

/** `/?page=N` with no filter: that page's stories, their digests and entities. */
export function homeSliceQueryOptions(page: number) {
  return queryOptions({
    queryKey: corpusKeys.slice('home', page),
    queryFn: ({ signal }): Promise<IndexSlice> =>
      fetchJson(homeSliceUrl(corpusManifest.version, page), isIndexSlice, signal),
    staleTime: Infinity,
  });
}

/** The filter panel's rows and counts with no filter on. */
export function facetBaseQueryOptions() {
  return queryOptions({
    queryKey: corpusKeys.slice('facets'),
    queryFn: ({ signal }): Promise<FacetBase> =>
      fetchJson(facetsSliceUrl(corpusManifest.version), isFacetBase, signal),
    staleTime: Infinity,
  });
}
