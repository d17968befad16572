import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { EMPTY_ENTITY_FILTER } from '../../core/query/entity-filter.ts';
import { excludeEntity } from '../../core/query/exclude-entity.ts';
import { facetCounts } from '../../core/query/facet-counts.ts';
import { includeEntity } from '../../core/query/include-entity.ts';
import { includedIds } from '../../core/query/included-ids.ts';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import { removeEntity } from '../../core/query/remove-entity.ts';
import { ENTITY_TYPES } from '../../core/schema.ts';
import type { CorpusIndex, EntitySummary, FacetBase } from '../../core/schema.ts';
import { corpusIndexQueryOptions } from '../../data/corpus-index-query-options.ts';
import { EntityFacet, type FacetEntry } from './entity-facet.tsx';
import { FILTER_TITLE_ID } from './filter-panel-ids.ts';
import { matchText } from './match-text.ts';
import { useEntityFilter } from './use-entity-filter.ts';
import './filter-panel.css';

// one collator for every sort: `localeCompare` sets one up per call, and a tick sorts thousands of names at 1000×
const byName = new Intl.Collator();

interface FilterPanelProps {
  index: CorpusIndex;
  /** Story bodies already loaded: demonyms can only be found in text (the story page passes its body). */
  bodies?: LoadedBodies;
  /** Rows a facet shows before "Show all". */
  top?: number;
  /** False when the page's layout already wraps it in an `aside` named "Filter". */
  landmark?: boolean;
  /**
   * Given when `index` is a page's slice and no filter is on: the facets' top rows and counts, cut from the
   * whole index by the build. A search in the facets then fetches the whole index, which knows every name.
   */
  facets?: FacetBase;
}

/**
 * The entity filter: a facet per type with counts that follow the filter, a search box inside the facets,
 * match all/any, exclusions, demonyms, "Clear all". Every change is a new URL, so Back undoes it.
 */
export function FilterPanel({ index, bodies, top = 8, landmark = true, facets }: FilterPanelProps) {
  const { filter, setFilter } = useEntityFilter(index);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searching = query.trim() !== '';
  // cached already when the browser had an idle moment (src/app/use-idle-whole-index.ts); fetched otherwise
  const { data: whole } = useQuery({
    ...corpusIndexQueryOptions(),
    enabled: facets !== undefined && searching,
  });
  const base = facets && !(searching && whole) ? facets : null;
  const counted = base ? null : facets ? (whole ?? index) : index;
  const counts = useMemo(
    () =>
      counted
        ? facetCounts(counted, filter, bodies)
        : { paragraphs: base?.paragraphCounts ?? [], stories: base?.storyCounts ?? [] },
    [counted, base, filter, bodies],
  );
  const entities = base ? base.entities : (counted ?? index).entities;
  const included = new Set(includedIds(filter));
  const excluded = new Set(filter.exclude);
  const entries: FacetEntry[] = entities
    .map((entity, i) => ({
      entity,
      paragraphs: counts.paragraphs[i] ?? 0,
      stories: counts.stories[i] ?? 0,
      state: included.has(entity.id)
        ? ('included' as const)
        : excluded.has(entity.id)
          ? ('excluded' as const)
          : ('off' as const),
    }))
    .filter((e) => matchText(query, [e.entity.name, ...e.entity.aliases]))
    .sort(
      (a, b) =>
        b.paragraphs - a.paragraphs ||
        b.entity.mentionCount - a.entity.mentionCount ||
        byName.compare(a.entity.name, b.entity.name),
    );
  const toggle = (entity: EntitySummary) =>
    setFilter(included.has(entity.id) ? removeEntity(filter, entity) : includeEntity(filter, entity));
  const exclude = (entity: EntitySummary) =>
    setFilter(excluded.has(entity.id) ? removeEntity(filter, entity) : excludeEntity(filter, entity));
  const types = ENTITY_TYPES.filter((type) => entities.some((e) => e.type === type));
  const hasDemonyms = entities.some((e) => e.demonyms.length > 0);

  const Panel = landmark ? 'aside' : 'div';
  return (
    <Panel className="filter-panel" aria-label={landmark ? 'Filter' : undefined}>
      <h2 className="filter-panel__title" id={FILTER_TITLE_ID} tabIndex={-1}>
        Filter
      </h2>
      <fieldset className="filter-panel__match">
        <legend>Paragraphs naming</legend>
        <label>
          <input
            type="radio"
            name="filter-match"
            checked={filter.match === 'all'}
            onChange={() => setFilter({ ...filter, match: 'all' })}
          />{' '}
          all selected
        </label>
        <label>
          <input
            type="radio"
            name="filter-match"
            checked={filter.match === 'any'}
            onChange={() => setFilter({ ...filter, match: 'any' })}
          />{' '}
          any selected
        </label>
      </fieldset>
      {hasDemonyms && (
        <label className="filter-panel__demonyms">
          <input
            type="checkbox"
            checked={filter.includeDemonyms}
            onChange={() => setFilter({ ...filter, includeDemonyms: !filter.includeDemonyms })}
          />{' '}
          Places include demonyms (“Russian” counts for Russia)
        </label>
      )}
      <div className="filter-panel__search">
        <label htmlFor={searchId}>Find in the facets</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="Name or alias"
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        {base && searching && (
          <p className="filter-panel__pending" role="status">
            Showing the most named; loading every name…
          </p>
        )}
      </div>
      {types.map((type) => (
        <EntityFacet
          key={type}
          type={type}
          entries={entries.filter((e) => e.entity.type === type)}
          searching={query.trim() !== ''}
          onToggle={toggle}
          onExclude={exclude}
          top={top}
          total={base?.totals[type]}
        />
      ))}
      <button
        type="button"
        className="filter-panel__clear"
        disabled={!isFilterActive(filter) && !filter.includeDemonyms && filter.match === 'all'}
        onClick={() => {
          setQuery('');
          setFilter(EMPTY_ENTITY_FILTER);
        }}
      >
        Clear all
      </button>
    </Panel>
  );
}
