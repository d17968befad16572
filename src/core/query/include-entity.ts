import type { EntitySummary } from '../schema.ts';
import type { EntityFilter } from './entity-filter.ts';

/** The filter with the entity included (and no longer excluded). */
export function includeEntity(
  filter: EntityFilter,
  entity: Pick<EntitySummary, 'id' | 'type'>,
): EntityFilter {
  const current = filter.include[entity.type];
  return {
    ...filter,
    include: {
      ...filter.include,
      [entity.type]: current.includes(entity.id) ? current : [...current, entity.id],
    },
    exclude: filter.exclude.filter((id) => id !== entity.id),
  };
}
