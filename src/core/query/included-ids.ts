import { ENTITY_TYPES } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';

/** Every included entity id of a filter, in type order. */
export function includedIds(filter: EntityFilter): string[] {
  return ENTITY_TYPES.flatMap((type) => filter.include[type]);
}
