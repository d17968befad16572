import { OUTLINE_AROUND } from '../query/list-limits.ts';
import type { CorpusIndex, IndexSlice } from '../schema.ts';
import { sliceIndex } from './slice-index.ts';

/**
 * What a story page (no filter) shows: every story of its digest (the outline lists them), the stories just
 * before and after it (the pager), and the first story of each digest the outline lists closed around it.
 * Null when the index has no such story.
 */
export function storySlice(index: CorpusIndex, storyId: string): IndexSlice | null {
  const at = index.stories.findIndex((s) => s.id === storyId);
  const story = index.stories[at];
  if (!story) return null;
  const ids = new Set<string>([storyId]);
  for (const neighbour of [index.stories[at - 1], index.stories[at + 1]])
    if (neighbour) ids.add(neighbour.id);
  // the outline's run of digests: those with a story, as `boundOutline` counts them
  const present = new Set(index.stories.map((s) => s.id));
  const digests = index.documents.filter((d) => d.storyIds.some((id) => present.has(id)));
  const centre = digests.findIndex((d) => d.id === story.documentId);
  const from = Math.max(0, centre - OUTLINE_AROUND);
  digests.slice(from, centre + OUTLINE_AROUND + 1).forEach((doc, i) => {
    const listed = doc.storyIds.filter((id) => present.has(id));
    for (const id of from + i === centre ? listed : listed.slice(0, 1)) ids.add(id);
  });
  return sliceIndex(index, ids);
}
