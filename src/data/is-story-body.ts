import type { StoryBody } from '../core/schema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Checks the outline of a fetched story body (id, story, sections with paragraphs), not every field. */
export function isStoryBody(value: unknown): value is StoryBody {
  if (!isRecord(value) || typeof value.id !== 'string' || !isRecord(value.story)) return false;
  const { sections } = value.story;
  return Array.isArray(sections) && sections.every((s) => isRecord(s) && Array.isArray(s.paragraphs));
}
