import { queryOptions } from '@tanstack/react-query';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { fetchJson } from './fetch-json.ts';
import { isCorpusIndex } from './is-corpus-index.ts';

/** The corpus index (documents, story summaries, entities): loaded once, never stale for a given version. */
export function corpusIndexQueryOptions() {
  return queryOptions({
    queryKey: corpusKeys.index(),
    queryFn: ({ signal }) => fetchJson(corpusManifest.indexUrl, isCorpusIndex, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
