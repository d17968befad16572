import { queryOptions } from '@tanstack/react-query';
import { mergeCorpusIndexes } from '../core/bundle/merge-corpus-indexes.ts';
import type { CorpusIndex } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { fetchJson } from './fetch-json.ts';
import { isCorpusIndex } from './is-corpus-index.ts';
import { listLocalDigests } from './local-digest-store.ts';

/** The built index merged with the digests read in this browser (a storage failure leaves them out). */
async function loadIndex(signal: AbortSignal): Promise<CorpusIndex> {
  const [built, locals] = await Promise.all([
    fetchJson(corpusManifest.indexUrl, isCorpusIndex, signal),
    listLocalDigests().catch(() => []),
  ]);
  return mergeCorpusIndexes(
    built,
    locals.map((digest) => digest.bundle.index),
  );
}

/**
 * The corpus index (documents, story summaries, entities): loaded once, never stale for a given version;
 * refetched (invalidated) when a digest of this browser is added or removed.
 */
export function corpusIndexQueryOptions() {
  return queryOptions({
    queryKey: corpusKeys.index(),
    queryFn: ({ signal }) => loadIndex(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
