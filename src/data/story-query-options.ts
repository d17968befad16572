import { queryOptions } from '@tanstack/react-query';
import { LOCAL_CHUNK_SCHEME } from '../core/bundle/local-ids.ts';
import type { StoryBody, StorySummary } from '../core/schema.ts';
import { concurrencyLimit } from './concurrency-limit.ts';
import { corpusKeys } from './corpus-keys.ts';
import { fetchJson } from './fetch-json.ts';
import { isStoryBody } from './is-story-body.ts';
import { hasCorrections } from './has-corrections.ts';

/** A `local:<documentId>/<storyId>` chunk's body from this browser's storage. */
async function loadLocalBody(chunk: string): Promise<StoryBody> {
  const [documentId = '', storyId = ''] = chunk.slice(LOCAL_CHUNK_SCHEME.length).split('/');
  const { getLocalStoryBody } = await import('./local-digest-store.ts');
  const body = await getLocalStoryBody(documentId, storyId);
  if (!body) throw new Error(`The story ${storyId} is not kept in this browser`);
  return body;
}

// Enough in flight to fill the connection; thousands at once (every body, for /insights at scale) fail.
const bodyFetches = concurrencyLimit(12);

/** One story's body, fetched from its chunk on demand (or read from IndexedDB for a `local:` chunk); immutable. */
export function storyQueryOptions(summary: Pick<StorySummary, 'id' | 'chunk'>) {
  return queryOptions({
    queryKey: corpusKeys.story(summary.id),
    queryFn: async ({ signal }) => {
      const body = summary.chunk.startsWith(LOCAL_CHUNK_SCHEME)
        ? await loadLocalBody(summary.chunk)
        : await bodyFetches(() => fetchJson(summary.chunk, isStoryBody, signal), signal);
      if (!hasCorrections()) return body;
      const corrections = (await import('./local-corrections.ts')).readCorrections();
      if (corrections.length === 0) return body;
      const { applyCorrectionsToBody } = await import('../core/corrections/apply-corrections-to-index.ts');
      return applyCorrectionsToBody(body, corrections);
    },
    staleTime: Infinity,
  });
}
