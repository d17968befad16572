import type { FacetBase } from '../core/schema.ts';

/** Checks the outline of a fetched facet base: entities with a count of each. */
export function isFacetBase(value: unknown): value is FacetBase {
  const base = value as Partial<Record<keyof FacetBase, unknown>> | null;
  return (
    Array.isArray(base?.entities) &&
    Array.isArray(base.paragraphCounts) &&
    base.paragraphCounts.length === base.entities.length &&
    typeof base.totals === 'object'
  );
}
