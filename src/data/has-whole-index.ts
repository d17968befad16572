import type { QueryClient } from '@tanstack/react-query';
import { corpusKeys } from './corpus-keys.ts';

/**
 * Whether the whole index is in the browser's cache. Never in the build's render: it holds the whole index
 * only to cut slices from, and must render what a browser opening the page renders.
 */
export function hasWholeIndex(queryClient: QueryClient): boolean {
  return !import.meta.env.SSR && queryClient.getQueryData(corpusKeys.index()) !== undefined;
}
