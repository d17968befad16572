import type { QueryParams } from '../../query/parse-entity-filter.ts';
import { ENTITY_TYPES } from '../../schema.ts';
import { ENTITY_SLICE_TYPES } from './entity-slices.ts';

/**
 * The entity id of a URL's filter when an entity's slice can serve it: one entity of a type with slices
 * (`?person=vladimir-putin`), nothing excluded, demonyms off (they need every body's text), "all selected".
 * Under "any selected" a facet counts what ticking its entity would add, paragraphs outside the slice
 * (`?person=vladimir-putin&match=any`: Shoigu's count is all his paragraphs, with Putin or not). Null for
 * any other filter, which the whole index serves.
 */
export function singleEntityFilter(params: QueryParams): string | null {
  if (params.getAll('exclude').some((v) => v.trim() !== '')) return null;
  if (params.get('demonyms') === '1' || params.get('match') === 'any') return null;
  const ids = ENTITY_TYPES.flatMap((type) =>
    [...new Set(params.getAll(type))].filter((slug) => slug.trim() !== '').map((slug) => `${type}:${slug}`),
  );
  if (ids.length !== 1) return null;
  const [id] = ids as [string];
  return ENTITY_SLICE_TYPES.some((type) => id.startsWith(`${type}:`)) ? id : null;
}
