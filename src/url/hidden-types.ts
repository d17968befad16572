import { ENTITY_TYPES } from '../core/schema.ts';
import type { EntityType } from '../core/schema.ts';

/** The query parameter listing the types whose highlights are switched off: `?hide=date&hide=money`. */
export const HIDE_PARAM = 'hide';

/** The types the URL switches off. */
export function hiddenTypes(params: URLSearchParams): Set<EntityType> {
  const names = new Set(params.getAll(HIDE_PARAM));
  return new Set(ENTITY_TYPES.filter((type) => names.has(type)));
}
