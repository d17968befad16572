import { includedIds } from '../../core/query/included-ids.ts';
import { removeEntity } from '../../core/query/remove-entity.ts';
import type { CorpusIndex, EntitySummary } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { useEntityFilter } from './use-entity-filter.ts';

/**
 * One chip per included or excluded entity the index knows, each removable (in its own chunk: only a
 * filtered page shows it, and that page waits for the whole index anyway).
 */
export function FilterChips({ index, empty = false }: { index: CorpusIndex; empty?: boolean }) {
  const { filter, setFilter } = useEntityFilter(index);
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const chips = [
    ...includedIds(filter).map((id) => ({ id, excluded: false })),
    ...filter.exclude.map((id) => ({ id, excluded: true })),
  ].flatMap(({ id, excluded }) => {
    const entity: EntitySummary | undefined = byId.get(id);
    return entity ? [{ entity, excluded }] : [];
  });
  if (chips.length === 0) return null;
  const included = chips.filter((c) => !c.excluded).length;
  return (
    <>
      <ul className="active-filters__list" aria-label="Active filter">
        {chips.map(({ entity, excluded }) => (
          <li key={entity.id} className={`active-filters__chip entity-glyph--${entity.type}`}>
            <span className="entity-glyph" aria-hidden="true">
              {ENTITY_TYPE_LABELS[entity.type].glyph}
            </span>
            <span>
              {excluded ? 'not ' : ''}
              {entity.name}
            </span>
            <button
              type="button"
              className="active-filters__remove"
              aria-label={`Remove ${entity.name} from the filter`}
              title="Remove from the filter"
              onClick={() => setFilter(removeEntity(filter, entity))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {chips.length > 1 && (
          <li className="active-filters__match">
            {filter.match === 'all' ? 'all in one paragraph' : 'any of them'}
          </li>
        )}
      </ul>
      {empty && filter.match === 'all' && included > 1 && (
        <p className="active-filters__suggest">
          No paragraph names all of them.{' '}
          <button
            type="button"
            className="filter-panel__any"
            onClick={() => setFilter({ ...filter, match: 'any' })}
          >
            Match any of them
          </button>
        </p>
      )}
    </>
  );
}
