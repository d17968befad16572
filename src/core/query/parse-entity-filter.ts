import { ENTITY_TYPES } from '../schema.ts';
import type { CorpusIndex, EntityType } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';
import { entityLookup } from './entity-lookup.ts';

/** The part of `URLSearchParams` the parser reads (core has no DOM types). */
export interface QueryParams {
  getAll(name: string): string[];
  get(name: string): string | null;
}

/** A filter value the corpus has no entity for: `?person=nobody` → `{ param: 'person', type: 'person', slug: 'nobody' }`. */
export interface UnknownFilterValue {
  /** The query parameter it came from: an entity type or `exclude`. */
  param: string;
  /** The entity type it names, or null when `exclude=` carries no known type. */
  type: EntityType | null;
  /** The slug as written. */
  slug: string;
}

/** A parsed filter and the values it had to drop. */
export interface ParsedEntityFilter {
  filter: EntityFilter;
  /** Values naming no entity of this corpus; the rest of the filter still applies. */
  unknown: UnknownFilterValue[];
}

function isEntityType(value: string): value is EntityType {
  return ENTITY_TYPES.some((type) => type === value);
}

/** Reads the entity filter from the URL's query (`?person=<slug>&match=any&exclude=place:<slug>&demonyms=1`). */
export function parseEntityFilter(params: QueryParams, index: CorpusIndex): ParsedEntityFilter {
  const lookup = entityLookup(index);
  const unknown: UnknownFilterValue[] = [];
  const include: Record<EntityType, string[]> = {
    person: [],
    place: [],
    organization: [],
    date: [],
    money: [],
    quantity: [],
  };
  for (const type of ENTITY_TYPES) {
    for (const slug of new Set(params.getAll(type))) {
      // "?person=" names nothing: it is not an entity the corpus lacks ("No person ‘’")
      if (slug.trim() === '') continue;
      const id = `${type}:${slug}`;
      if (lookup.has(id)) include[type].push(id);
      else unknown.push({ param: type, type, slug });
    }
  }
  const exclude: string[] = [];
  for (const value of new Set(params.getAll('exclude'))) {
    if (value.trim() === '') continue;
    const colon = value.indexOf(':');
    const type = colon < 0 ? '' : value.slice(0, colon);
    const slug = colon < 0 ? value : value.slice(colon + 1);
    // "exclude=person:putin" when "person:putin" is also included: the exclusion wins, as the reader asked last
    if (isEntityType(type) && lookup.has(value)) exclude.push(value);
    else unknown.push({ param: 'exclude', type: isEntityType(type) ? type : null, slug });
  }
  for (const type of ENTITY_TYPES) include[type] = include[type].filter((id) => !exclude.includes(id));
  return {
    filter: {
      include,
      match: params.get('match') === 'any' ? 'any' : 'all',
      exclude,
      includeDemonyms: params.get('demonyms') === '1',
    },
    unknown,
  };
}
