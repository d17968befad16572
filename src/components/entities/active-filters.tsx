import { includedIds } from '../../core/query/included-ids.ts';
import { removeEntity } from '../../core/query/remove-entity.ts';
import type { CorpusIndex, EntitySummary } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from './entity-type-labels.ts';
import { useEntityFilter } from './use-entity-filter.ts';
import { FILTER_TITLE_ID } from './filter-panel-ids.ts';

/** Brings the filter panel into view and focus (below the story on narrow screens). */
function jumpToFilter(): void {
  const title = document.getElementById(FILTER_TITLE_ID);
  title?.scrollIntoView?.({ block: 'start' });
  title?.focus({ preventScroll: true });
}

/**
 * The filter in the reading column: one chip per included or excluded entity, each removable, and a
 * button to the panel, which sits below the story on a phone.
 */
export function ActiveFilters({ index }: { index: CorpusIndex }) {
  const { filter, setFilter } = useEntityFilter(index);
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const chips = [
    ...includedIds(filter).map((id) => ({ id, excluded: false })),
    ...filter.exclude.map((id) => ({ id, excluded: true })),
  ].flatMap(({ id, excluded }) => {
    const entity: EntitySummary | undefined = byId.get(id);
    return entity ? [{ entity, excluded }] : [];
  });
  return (
    <div className="active-filters">
      {chips.length > 0 && (
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
      )}
      <button type="button" className="active-filters__jump" onClick={jumpToFilter}>
        Filter <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
