import { queryOptions } from '@tanstack/react-query';
import type { SearchEngine } from '../core/search/search-engine.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { FetchError } from './fetch-json.ts';

/** Query key of the full-text index, under the corpus version so a rebuilt corpus loads its own. */
export const searchIndexKey = () => [...corpusKeys.all(), 'search'] as const;

/** Fetches the index's JSON text (MiniSearch parses it itself). */
async function fetchText(path: string, signal: AbortSignal): Promise<string> {
  const url = `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(url, 0);
  }
  if (!response.ok) throw new FetchError(url, response.status);
  return response.text();
}

/**
 * The full-text search engine: fetched and loaded on the first search only. MiniSearch and the loader come
 * in with `import()`, so neither is in the first-load JavaScript. Kept for the session (immutable per version).
 */
export function searchIndexQueryOptions() {
  return queryOptions<SearchEngine>({
    queryKey: searchIndexKey(),
    queryFn: async ({ signal }) => {
      const [json, { loadSearchEngine }] = await Promise.all([
        fetchText(corpusManifest.searchUrl, signal),
        import('../core/search/load-search-engine.ts'),
      ]);
      return loadSearchEngine(json);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // an engine is not JSON: never diff it against the previous one
    structuralSharing: false,
  });
}
