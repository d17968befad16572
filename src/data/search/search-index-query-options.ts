import { queryOptions } from '@tanstack/react-query';
import { corpusKeys } from '../corpus-keys.ts';
import { corpusManifest } from '../corpus-manifest.ts';
import { searchClient } from './search-client-instance.ts';
import type { SearchSession } from './search-session.ts';

/**
 * Query key of the full-text index, under the corpus index's key: adding or removing a digest of this browser
 * invalidates `corpusKeys.index()` and with it this, so the worker re-indexes the reader's digests.
 */
export const searchIndexKey = () => [...corpusKeys.index(), 'search'] as const;

let generation = 0;

/**
 * The full-text index, loaded in the search worker on the first search only (fetched and revived there once per
 * corpus version; the reader's own digests re-indexed on every fetch of this query). Kept for the session.
 */
export function searchIndexQueryOptions() {
  return queryOptions<SearchSession>({
    queryKey: searchIndexKey(),
    queryFn: async () => {
      const client = await searchClient();
      // the worker's fetch resolves against the page, not against the worker script's URL
      const url = new URL(
        `${import.meta.env.BASE_URL}${corpusManifest.searchUrl.replace(/^\//, '')}`,
        location.href,
      ).href;
      const { documentCount, stories } = await client.load(url);
      return { generation: ++generation, documentCount, stories, search: client.search };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // a session is not JSON: never diff it against the previous one
    structuralSharing: false,
  });
}

/** Query key of one query's hits in one session, with the filter the worker applied (`''` when the page filters). */
export const searchHitsKey = (session: number, query: string, filter = '') =>
  [...corpusKeys.all(), 'search-hits', session, query, filter] as const;
