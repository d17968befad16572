import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { sliceUrl } from '../core/bundle/slice-url.ts';
import type { CorpusIndex, FacetBase, IndexSlice } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { FetchError, fetchJson } from './fetch-json.ts';
import { isFacetBase } from './is-facet-base.ts';
import { isIndexSlice } from './is-index-slice.ts';
import { isStorySliceRef } from './is-story-slice-ref.ts';

// Once the whole index is in the cache (fetched while the browser was idle, or for a filter), a slice is cut
// from it in memory, by the same functions as the build's files, instead of fetched. Their code loads then:
// a first load that reads the build's slices does not carry it.
const wholeIndex = (queryClient: QueryClient) => queryClient.getQueryData<CorpusIndex>(corpusKeys.index());
const cutSlices = () => import('../core/bundle/cut-slices.ts');

/** `/?page=N` with no filter: that page's stories, their digests and entities. */
export function homeSliceQueryOptions(queryClient: QueryClient, page: number) {
  return queryOptions({
    queryKey: corpusKeys.slice('home', page),
    queryFn: async ({ signal }): Promise<IndexSlice> => {
      const whole = wholeIndex(queryClient);
      if (whole) return (await cutSlices()).homeSlice(whole, page);
      return fetchJson(sliceUrl.home(corpusManifest.version, page), isIndexSlice, signal);
    },
    staleTime: Infinity,
  });
}

/**
 * A story page with no filter: the slice of the story's digest (its stories, the pager's neighbours, the
 * outline's digests), or null when the corpus has no such story.
 */
export function storySliceQueryOptions(queryClient: QueryClient, storyId: string) {
  return queryOptions({
    queryKey: corpusKeys.slice('story', storyId),
    queryFn: async ({ signal }): Promise<IndexSlice | null> => {
      const whole = wholeIndex(queryClient);
      if (whole) {
        const story = whole.stories.find((s) => s.id === storyId);
        return story ? (await cutSlices()).digestSlice(whole, story.documentId) : null;
      }
      const { version } = corpusManifest;
      let documentId: string;
      try {
        ({ documentId } = await fetchJson(sliceUrl.story(version, storyId), isStorySliceRef, signal));
      } catch (error) {
        // no pointer file: the build made none because there is no such story
        if (error instanceof FetchError && error.status === 404) return null;
        throw error;
      }
      return fetchJson(sliceUrl.digest(version, documentId), isIndexSlice, signal);
    },
    staleTime: Infinity,
  });
}

/** The filter panel's rows and counts with no filter on. */
export function facetBaseQueryOptions(queryClient: QueryClient) {
  return queryOptions({
    queryKey: corpusKeys.slice('facets'),
    queryFn: async ({ signal }): Promise<FacetBase> => {
      const whole = wholeIndex(queryClient);
      if (whole) return (await cutSlices()).cachedFacetBase(whole);
      return fetchJson(sliceUrl.facets(corpusManifest.version), isFacetBase, signal);
    },
    staleTime: Infinity,
  });
}
