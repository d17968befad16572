import { queryOptions } from '@tanstack/react-query';
import { sliceUrl } from '../core/bundle/slices/slice-url.ts';
import type { IndexSlice } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { FetchError, fetchJson } from './fetch-json.ts';
import { isIndexSlice } from './is-index-slice.ts';
import { isStorySliceRef } from './is-story-slice-ref.ts';

// Apart from slice-query-options.ts so that only the story route's chunk carries it, not `/`'s first load.

/**
 * A story page with no filter: the slice of the story's digest (its stories, the pager's neighbours, the
 * outline's digests), or null when the corpus has no such story.
 */
export function storySliceQueryOptions(storyId: string) {
  return queryOptions({
    queryKey: corpusKeys.slice('story', storyId),
    queryFn: async ({ signal }): Promise<IndexSlice | null> => {
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
