import { hashText } from './hash-text.ts';

/** Scheme of a `StorySummary.chunk` whose body lives in this browser's storage, not on the server. */
export const LOCAL_CHUNK_SCHEME = 'local:';

// Slugs never hold "--" (slugify collapses every run of separators to one "-"), so "local-<hash>--…" can not be
// a built story's id, even for a headline like "Local elections …".
const LOCAL_STORY_ID = /^local-[0-9a-f]{12}--/;

/** Document id of a digest read in the browser: `local-` and 12 hex digits of its text's hash. */
export function localDocumentId(text: string): string {
  return `local-${hashText(text).slice(0, 12)}`;
}

/** Whether a story id names a story of a digest read in some browser (`local-<hash>--<slug>`). */
export function isLocalStoryId(storyId: string): boolean {
  return LOCAL_STORY_ID.test(storyId);
}

/** The `local:` chunk of a local story: `local:<documentId>/<storyId>`. */
export function localChunk(documentId: string, storyId: string): string {
  return `${LOCAL_CHUNK_SCHEME}${documentId}/${storyId}`;
}
