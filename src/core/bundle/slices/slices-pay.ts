/**
 * Below this size of the whole index's JSON a page loads the whole index: its slices would weigh about as
 * much (the seed's index is 18 KB, a story's slice and the facet base together 10 KB) and cost more
 * requests. Above it, slices keep a page's first load the same size however large the corpus grows
 * (the index is 1 MB at 100× the seed, 6.7 MB at 1000×).
 */
export const SLICES_FROM_INDEX_BYTES = 128 * 1024;

/** How the build decides: `auto` (by the index's size), or always or never (`DIGEST_SLICES` in the build). */
export type SliceSetting = 'auto' | 'always' | 'never';

/** Whether a corpus whose index JSON has `indexBytes` UTF-16 code units is served as slices. */
export function slicesPay(indexBytes: number, setting: SliceSetting = 'auto'): boolean {
  if (setting !== 'auto') return setting === 'always';
  return indexBytes >= SLICES_FROM_INDEX_BYTES;
}
