import { queryOptions } from '@tanstack/react-query';
import type { CorpusIndex } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { fetchJson } from './fetch-json.ts';
import { isCorpusIndex } from './is-corpus-index.ts';
import { hasCorrections } from './has-corrections.ts';
import { hasLocalDigestsHint } from './local-digests-hint.ts';

/** The built index merged with the digests read in this browser (a storage failure leaves them out), corrected. */
async function loadIndex(signal: AbortSignal): Promise<CorpusIndex> {
  const [built, locals] = await Promise.all([
    fetchJson(corpusManifest.indexUrl, isCorpusIndex, signal),
    // the store's code and database only for a reader who keeps digests (a storage failure leaves them out)
    hasLocalDigestsHint()
      ? import('./local-digest-store.ts').then((store) => store.listLocalDigests()).catch(() => [])
      : [],
  ]);
  // The merging code loads only for a reader who has read a digest of their own.
  const merged = locals.length
    ? (await import('../core/bundle/merge-corpus-indexes.ts')).mergeCorpusIndexes(
        built,
        locals.map((digest) => digest.bundle.index),
      )
    : built;
  if (!hasCorrections()) return merged;
  const corrections = (await import('./local-corrections.ts')).readCorrections();
  if (corrections.length === 0) return merged;
  // The corrections code loads only for a reader who has made one.
  const { applyCorrectionsToIndex } = await import('../core/corrections/apply-corrections-to-index.ts');
  return applyCorrectionsToIndex(merged, corrections);
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
