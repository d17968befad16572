import type { QueryParams } from '../query/parse-entity-filter.ts';
import { ENTITY_TYPES } from '../schema.ts';
import type { ShardFilter } from './search-shard-index.ts';

const isEntityType = (value: string): boolean => ENTITY_TYPES.some((type) => type === value);

/**
 * The entity filter of a URL's query (`?person=<slug>&match=any&exclude=place:<slug>`) read as
 * `parseEntityFilter` reads it, but with every id taken as known: a search in pieces has no corpus index to
 * check them against, and the worker drops the ids its index lacks instead. Demonyms are not counted in a
 * search (they need the bodies), so `demonyms=1` is not read.
 */
export function urlShardFilter(params: QueryParams): ShardFilter {
  const exclude = [...new Set(params.getAll('exclude'))].filter((value) => {
    const colon = value.indexOf(':');
    return colon > 0 && isEntityType(value.slice(0, colon));
  });
  const include = ENTITY_TYPES.flatMap((type) =>
    [...new Set(params.getAll(type))].flatMap((slug) => (slug.trim() === '' ? [] : [`${type}:${slug}`])),
  );
  return {
    // "exclude=person:putin" when "person:putin" is also included: the exclusion wins, as the reader asked last
    include: include.filter((id) => !exclude.includes(id)),
    match: params.get('match') === 'any' ? 'any' : 'all',
    exclude,
  };
}
