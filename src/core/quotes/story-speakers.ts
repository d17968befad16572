import type { Paragraph, StorySpeaker } from '../schema.ts';

/** The named speakers of a story's paragraphs, in order of their first statement, with their paragraphs. */
export function storySpeakers(paragraphs: readonly Paragraph[]): StorySpeaker[] {
  const bySpeaker = new Map<string, string[]>();
  for (const p of paragraphs)
    for (const q of p.quotes) {
      if (q.speaker.entityId === null) continue;
      const ids = bySpeaker.get(q.speaker.entityId) ?? [];
      if (ids[ids.length - 1] !== p.id) ids.push(p.id);
      bySpeaker.set(q.speaker.entityId, ids);
    }
  return [...bySpeaker].map(([entityId, paragraphIds]) => ({ entityId, paragraphIds }));
}
