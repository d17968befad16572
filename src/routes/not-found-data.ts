/** What a loader could not find, carried by a 404 response to the error boundary. */
export type NotFoundData =
  { kind: 'story'; storyId: string } | { kind: 'section'; storyId: string; sectionId: string };

/** Checks that a 404 response's data is a `NotFoundData`. */
export function isNotFoundData(value: unknown): value is NotFoundData {
  if (typeof value !== 'object' || value === null || !('kind' in value) || !('storyId' in value))
    return false;
  if (typeof value.storyId !== 'string') return false;
  if (value.kind === 'story') return true;
  return value.kind === 'section' && 'sectionId' in value && typeof value.sectionId === 'string';
}
