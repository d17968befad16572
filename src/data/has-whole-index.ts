import type { QueryClient } from '@tanstack/react-query';
import { corpusKeys } from './corpus-keys.ts';

/**
 * Whether the whole index is in the browser's cache. Never in the build's render: it holds the whole index
 * for the routes that read it (and to plan its pages), yet must render a page from the slices a browser
 * opening that page reads.
 */
export function hasWholeIndex(queryClient: QueryClient): boolean {
  return !import.meta.env.SSR && queryClient.getQueryData(corpusKeys.index()) !== undefined;
}
