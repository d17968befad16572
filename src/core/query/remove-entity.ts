import type { EntitySummary } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';

/** The filter without the entity, whether it was included or excluded. */
export function removeEntity(filter: EntityFilter, entity: Pick<EntitySummary, 'id' | 'type'>): EntityFilter {
  return {
    ...filter,
    include: {
      ...filter.include,
      [entity.type]: filter.include[entity.type].filter((id) => id !== entity.id),
    },
    exclude: filter.exclude.filter((id) => id !== entity.id),
  };
}
