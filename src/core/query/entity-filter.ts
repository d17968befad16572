import type { EntityType } from '../schema.ts';

/** How the included entities combine: a paragraph names all of them, or at least one. */
export type FilterMatch = 'all' | 'any';

/** The reader's entity filter, as carried by the URL (`?person=vladimir-putin&place=mariupol&match=any`). */
export interface EntityFilter {
  /** Entity ids (`person:vladimir-putin`) a paragraph must name, by type. */
  include: Readonly<Record<EntityType, readonly string[]>>;
  /** `all` (default): every included entity; `any`: at least one. */
  match: FilterMatch;
  /** Entity ids a paragraph must not name. */
  exclude: readonly string[];
  /** Places also match paragraphs that use one of their demonyms ("Russian" → Russia); needs the body text. */
  includeDemonyms: boolean;
}

/** The filter that hides nothing. */
export const EMPTY_ENTITY_FILTER: EntityFilter = {
  include: { person: [], place: [], organization: [], date: [], money: [], quantity: [] },
  match: 'all',
  exclude: [],
  includeDemonyms: false,
};
