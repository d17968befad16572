import type { CorpusIndex, IndexWhole, StorySummary } from '../schema.ts';

/**
 * A slice's story's 0-based position among all the whole index's stories in digest order: the stories of
 * the digests before its own, then its place in its digest (whose `storyIds` the slice keeps whole).
 */
export function wholePosition(index: CorpusIndex, whole: IndexWhole, story: StorySummary): number {
  const before = whole.documents[story.documentId]?.storiesBefore;
  const doc = index.documents.find((d) => d.id === story.documentId);
  if (before === undefined || !doc) return -1;
  const within = doc.storyIds.indexOf(story.id);
  return within < 0 ? -1 : before + within;
}
