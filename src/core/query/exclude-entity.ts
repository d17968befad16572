import type { EntitySummary } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';

/** The filter with the entity excluded (and no longer included). */
export function excludeEntity(
  filter: EntityFilter,
  entity: Pick<EntitySummary, 'id' | 'type'>,
): EntityFilter {
  return {
    ...filter,
    include: {
      ...filter.include,
      [entity.type]: filter.include[entity.type].filter((id) => id !== entity.id),
    },
    exclude: filter.exclude.includes(entity.id) ? filter.exclude : [...filter.exclude, entity.id],
  };
}
