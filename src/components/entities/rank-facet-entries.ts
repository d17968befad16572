import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../core/schema.ts';

/** An entity as a facet row: its counts under the current filter. */
export interface FacetEntry {
  entity: EntitySummary;
  paragraphs: number;
  stories: number;
}

/** Each type's entries, most named under the filter first; a type with no entity has none. */
export type RankedFacets = ReadonlyMap<EntityType, readonly FacetEntry[]>;

// one collator for every sort: `localeCompare` sets one up per call, and a tick sorts thousands of names at 1000×
const byName = new Intl.Collator();

const order = (a: FacetEntry, b: FacetEntry): number =>
  b.paragraphs - a.paragraphs ||
  b.entity.mentionCount - a.entity.mentionCount ||
  byName.compare(a.entity.name, b.entity.name);

/**
 * Groups `entities` by type with their counts (`paragraphs[i]` and `stories[i]` are entity i's) and sorts each
 * group: paragraphs under the filter, then mentions in the corpus, then name. Types keep `ENTITY_TYPES` order.
 */
export function rankFacetEntries(
  entities: readonly EntitySummary[],
  paragraphs: readonly number[],
  stories: readonly number[],
): RankedFacets {
  const groups = new Map<EntityType, FacetEntry[]>(ENTITY_TYPES.map((type) => [type, []]));
  entities.forEach((entity, i) => {
    groups.get(entity.type)?.push({ entity, paragraphs: paragraphs[i] ?? 0, stories: stories[i] ?? 0 });
  });
  const ranked = new Map<EntityType, readonly FacetEntry[]>();
  for (const [type, entries] of groups) if (entries.length > 0) ranked.set(type, entries.sort(order));
  return ranked;
}
