import type { CorpusIndex } from '../core/schema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Checks the outline of a fetched index (version, documents, stories, entities), not every field. */
export function isCorpusIndex(value: unknown): value is CorpusIndex {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    Array.isArray(value.documents) &&
    Array.isArray(value.entities) &&
    Array.isArray(value.stories) &&
    value.stories.every((s) => isRecord(s) && typeof s.id === 'string' && Array.isArray(s.sections))
  );
}
