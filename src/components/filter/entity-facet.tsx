import { useId, useState } from 'react';
import { FACET_ROW_LIMIT } from '../../core/query/list-limits.ts';
import type { EntitySummary, EntityType, FacetTypeTotal } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { FacetRow, type FacetState } from './facet-row.tsx';
import type { FacetEntry } from './rank-facet-entries.ts';

export type { FacetEntry };

interface EntityFacetProps {
  type: EntityType;
  /** The type's entities, most named first (see `rankFacetEntries`). */
  entries: readonly FacetEntry[];
  /** Entities the filter includes or excludes, by id; any other is off. */
  states: ReadonlyMap<string, Exclude<FacetState, 'off'>>;
  /** The search box has text: show every row that matches it, not the top few. */
  searching: boolean;
  /** Stable callbacks: the rows are memoized on them. */
  onToggle: (entity: EntitySummary) => void;
  onExclude: (entity: EntitySummary) => void;
  /** How many rows show before "Show all". */
  top?: number;
  /**
   * Under "all selected" with something selected: rows at 0 would empty the results. They are listed too,
   * greyed and disabled, described by the element `blockedNoteId` names, so an "any" filter can be built.
   */
  blocked?: boolean;
  /** Id of the note saying why greyed rows are disabled, with its "Match any" button. */
  blockedNoteId?: string;
  /** How many entities of the type there are: the legend and "Show all" both say it. */
  size: number;
  /**
   * The type's size in the whole index, when `entries` are only its top rows (the facet base of a page's
   * first load): "Show all N" and the counts say N, not the rows at hand.
   */
  total?: FacetTypeTotal;
}

export { FACET_ROW_LIMIT };

/** How many entries lead with paragraphs > 0 (entries are sorted by paragraphs, most first). */
function firstUnnamed(entries: readonly FacetEntry[]): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid]?.paragraphs ?? 0) > 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One facet (People, Places…): a checkbox per entity with counts that follow the filter, and an exclude button. */
export function EntityFacet({
  type,
  entries,
  states,
  searching,
  onToggle,
  onExclude,
  top = 8,
  total,
  blocked = false,
  blockedNoteId,
  size,
}: EntityFacetProps) {
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const label = ENTITY_TYPE_LABELS[type];
  // one pass at most over thousands of entries: none when nothing is selected
  const selected = states.size === 0 ? [] : entries.filter((e) => states.has(e.entity.id));
  const rest = selected.length === 0 ? entries : entries.filter((e) => !states.has(e.entity.id));
  // entries run from most named to none: those named are the ones before the first at 0
  const named = firstUnnamed(entries);
  // the top few that the filter leaves something for; those at 0 wait behind "Show all"
  const useful = named - selected.filter((e) => e.paragraphs > 0).length;
  // with only the top rows at hand (nothing is selected then), the whole index says how many there are
  const restCount = total && !searching ? total.entities - selected.length : rest.length;
  // under "all", the rows at 0 fill the top too (greyed): Aristovich is offered with Putin ticked
  const offered = blocked ? restCount : useful;
  const wanted = showAll || searching ? restCount : Math.min(offered, Math.max(0, top - selected.length));
  const limit = Math.min(wanted, Math.max(0, FACET_ROW_LIMIT - selected.length));
  const shown = [...selected, ...rest.slice(0, limit)];
  const cut = wanted - limit;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">
        <span className={`entity-glyph entity-glyph--${type}`} aria-hidden="true">
          {label.glyph}
        </span>{' '}
        {label.plural} <span className="facet__total">({size.toLocaleString('en')})</span>
        {shown.length > 0 && (
          // the rows' numbers, named once (and left out of the group's name): screen readers hear each
          // row's "2 paragraphs in 1 story"
          <span className="facet__unit" aria-hidden="true">
            paragraphs
          </span>
        )}
      </legend>
      {shown.length === 0 && (
        <p className="facet__empty">{searching ? 'None match the search.' : 'None in these results.'}</p>
      )}
      <ul className="facet__list" id={listId}>
        {shown.map(({ entity, paragraphs, stories }) => (
          <FacetRow
            key={entity.id}
            entity={entity}
            paragraphs={paragraphs}
            stories={stories}
            state={states.get(entity.id) ?? 'off'}
            blockedBy={blocked && paragraphs === 0 && !states.has(entity.id) ? blockedNoteId : undefined}
            listId={listId}
            onToggle={onToggle}
            onExclude={onExclude}
          />
        ))}
      </ul>
      {cut > 0 && (
        <p className="facet__cut">
          {`${limit} of ${restCount.toLocaleString('en')} ${searching ? 'matching ' : ''}${label.plural.toLowerCase()} shown; `}
          {searching ? 'type more to narrow the search.' : 'search the facets to find the others.'}
        </p>
      )}
      {!searching && !showAll && restCount > limit && (
        <button type="button" className="facet__more" aria-controls={listId} onClick={() => setShowAll(true)}>
          Show all {size.toLocaleString('en')} {label.plural.toLowerCase()}
        </button>
      )}
      {!searching && showAll && size > top && (
        <button
          type="button"
          className="facet__more"
          aria-controls={listId}
          onClick={() => setShowAll(false)}
        >
          Show the top {top}
        </button>
      )}
    </fieldset>
  );
}
