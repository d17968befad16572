import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import { LOCAL_CHUNK_SCHEME } from '../core/bundle/local-ids.ts';
import { corpusKeys } from '../data/corpus-keys.ts';
import { hasCorrections } from '../data/has-corrections.ts';
import type { CorpusIndex } from '../core/schema.ts';

type Router = ReturnType<typeof createBrowserRouter>;

/** Resolves once the router's first loaders have finished (or failed). */
export function routerReady(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Whether the first client render will match the page the build rendered: the loaders succeeded and this
 * browser adds nothing of its own to the corpus (digests read here, corrections). Otherwise the page is
 * rendered afresh, which is correct and costs one render, rather than hydrated with mismatches.
 */
export async function canHydrate(router: Router, queryClient: QueryClient): Promise<boolean> {
  await routerReady(router);
  if (router.state.errors) return false;
  if (hasCorrections()) return false;
  const index = queryClient.getQueryData<CorpusIndex>(corpusKeys.index());
  // A page that loaded its slice did so because this browser keeps no digest of its own (page-mode.ts).
  if (!index) return queryClient.getQueryCache().findAll({ queryKey: corpusKeys.slice() }).length > 0;
  return !index.stories.some((story) => story.chunk.startsWith(LOCAL_CHUNK_SCHEME));
}
