import { ENTITY_TYPES } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';
import { entitySlug } from './entity-slug.ts';

/** Every query parameter the entity filter owns; the rest of the URL's query is left alone. */
export const FILTER_PARAMS: readonly string[] = [...ENTITY_TYPES, 'match', 'exclude', 'demonyms'];

/** The filter as query pairs in a stable order, defaults left out: `[['person','vladimir-putin'],['match','any']]`. */
export function serializeEntityFilter(filter: EntityFilter): [string, string][] {
  const pairs: [string, string][] = [];
  for (const type of ENTITY_TYPES) {
    for (const id of filter.include[type]) pairs.push([type, entitySlug(id)]);
  }
  if (filter.match === 'any') pairs.push(['match', 'any']);
  for (const id of filter.exclude) pairs.push(['exclude', id]);
  if (filter.includeDemonyms) pairs.push(['demonyms', '1']);
  return pairs;
}
