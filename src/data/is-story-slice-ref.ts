import type { StorySliceRef } from '../core/schema.ts';

/** Checks a story's pointer file: the digest whose slice serves it. */
export function isStorySliceRef(value: unknown): value is StorySliceRef {
  return typeof (value as Partial<StorySliceRef> | null)?.documentId === 'string';
}
