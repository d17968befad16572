import { OUTLINE_AROUND } from '../../query/list-limits.ts';
import type { CorpusIndex, IndexSlice } from '../../schema.ts';
import { sliceIndex } from './slice-index.ts';
import { sliceLayout } from './slice-layout.ts';

/**
 * What the page of any story of digest `documentId` shows (no filter): every story of the digest (the
 * outline lists them), the stories just before and after it (the pager at either end), and the first story
 * of each digest the outline lists closed around it. One slice serves all of a digest's stories. Null when
 * the index lists no story of that digest.
 */
export function digestSlice(index: CorpusIndex, documentId: string): IndexSlice | null {
  const { digests, digestAt, storyAt } = sliceLayout(index);
  const centre = digestAt.get(documentId);
  const own = centre === undefined ? undefined : digests[centre];
  if (centre === undefined || !own) return null;
  const ids = new Set(own.listed);
  const first = storyAt.get(own.listed[0]!) ?? 0;
  const last = storyAt.get(own.listed[own.listed.length - 1]!) ?? 0;
  for (const neighbour of [index.stories[first - 1], index.stories[last + 1]])
    if (neighbour) ids.add(neighbour.id);
  for (const { listed } of digests.slice(Math.max(0, centre - OUTLINE_AROUND), centre + OUTLINE_AROUND + 1)) {
    ids.add(listed[0]!);
  }
  return sliceIndex(index, ids);
}
