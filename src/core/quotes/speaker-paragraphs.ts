import type { StorySummary } from '../schema.ts';

/** Ids of a story's paragraphs holding statements by `speakerId`, kept to `within` when given. */
export function speakerParagraphs(
  story: StorySummary,
  speakerId: string,
  within: ReadonlySet<string> | null,
): Set<string> {
  const ids = story.speakers.find((s) => s.entityId === speakerId)?.paragraphIds ?? [];
  return new Set(within ? ids.filter((id) => within.has(id)) : ids);
}
