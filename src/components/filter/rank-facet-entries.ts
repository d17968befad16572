import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../core/schema.ts';

/** An entity as a facet row: its counts under the current filter. */
export interface FacetEntry {
  entity: EntitySummary;
  paragraphs: number;
  stories: number;
}

/** Each type's entries, most named under the filter first; a type with no entity has none. */
export type RankedFacets = ReadonlyMap<EntityType, readonly FacetEntry[]>;

/** Each type's entities as positions in the index's list, most mentioned in the corpus first, then by name. */
export type FacetOrder = ReadonlyMap<EntityType, readonly number[]>;

// one collator for every sort: `localeCompare` sets one up per call
const byName = new Intl.Collator();

/**
 * The order that breaks ties of counts: mentions in the corpus, then name. It does not depend on the filter,
 * so it is sorted once per index (thousands of names at 1000×), not on every click.
 */
export function facetOrder(entities: readonly EntitySummary[]): FacetOrder {
  const groups = new Map<EntityType, number[]>(ENTITY_TYPES.map((type) => [type, []]));
  entities.forEach((entity, i) => groups.get(entity.type)?.push(i));
  const order = new Map<EntityType, readonly number[]>();
  for (const [type, positions] of groups) {
    if (positions.length === 0) continue;
    order.set(
      type,
      positions.sort((a, b) => {
        const x = entities[a]!;
        const y = entities[b]!;
        return y.mentionCount - x.mentionCount || byName.compare(x.name, y.name);
      }),
    );
  }
  return order;
}

/**
 * Each type's entries with their counts (`paragraphs[i]` and `stories[i]` are entity i's), sorted by paragraphs
 * under the filter, ties in `order`. Most entities count 0 under a filter: they keep `order` without a sort.
 */
export function rankFacetEntries(
  entities: readonly EntitySummary[],
  order: FacetOrder,
  paragraphs: readonly number[],
  stories: readonly number[],
): RankedFacets {
  const ranked = new Map<EntityType, readonly FacetEntry[]>();
  for (const [type, positions] of order) {
    const named: FacetEntry[] = [];
    const unnamed: FacetEntry[] = [];
    for (const i of positions) {
      const entry = { entity: entities[i]!, paragraphs: paragraphs[i] ?? 0, stories: stories[i] ?? 0 };
      (entry.paragraphs > 0 ? named : unnamed).push(entry);
    }
    // `sort` is stable: equal counts keep `order`
    named.sort((a, b) => b.paragraphs - a.paragraphs);
    ranked.set(type, named.concat(unnamed));
  }
  return ranked;
}
