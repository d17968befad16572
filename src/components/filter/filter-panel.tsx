import { useQuery } from '@tanstack/react-query';
import { SpeakerFilterNotice } from '../quotes/speaker-filter-notice.tsx';
import {
  startTransition,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useOptimistic,
  useRef,
  useState,
} from 'react';
import { EMPTY_ENTITY_FILTER, type EntityFilter } from '../../core/query/entity-filter.ts';
import { excludeEntity } from '../../core/query/exclude-entity.ts';
import { facetCounts } from '../../core/query/facet-counts.ts';
import { includeEntity } from '../../core/query/include-entity.ts';
import { includedIds } from '../../core/query/included-ids.ts';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import { removeEntity } from '../../core/query/remove-entity.ts';
import type { CorpusIndex, EntitySummary, EntityType, FacetBase } from '../../core/schema.ts';
import { corpusIndexQueryOptions } from '../../data/corpus-index-query-options.ts';
import { EntityFacet } from './entity-facet.tsx';
import type { FacetState } from './facet-row.tsx';
import { FILTER_TITLE_ID } from './filter-panel-ids.ts';
import { matchText } from './match-text.ts';
import { facetOrder, rankFacetEntries, type FacetEntry, type RankedFacets } from './rank-facet-entries.ts';
import { useEntityFilter } from './use-entity-filter.ts';
import { RadioFieldset } from '../layout/radio-fieldset.tsx';
import './filter-panel.css';

/** "Paragraphs naming all selected / any selected". */
const MATCH_CHOICES: readonly (readonly [EntityFilter['match'], string])[] = [
  ['all', 'all selected'],
  ['any', 'any selected'],
];

interface FilterPanelProps {
  index: CorpusIndex;
  /** Story bodies already loaded: demonyms can only be found in text (the story page passes its body). */
  bodies?: LoadedBodies;
  /** Rows a facet shows before "Show all". */
  top?: number;
  /** False when the page's layout already wraps it in an `aside` named "Filter". */
  landmark?: boolean;
  /**
   * Given when `index` is a page's slice: the facets' top rows and counts with no filter on, cut from the
   * whole index by the build, and each type's totals (under a filter, `index` counts). A search in the facets
   * then fetches the whole index, which knows every name.
   */
  facets?: FacetBase;
}

/**
 * The entity filter: a facet per type with counts that follow the filter, a search box inside the facets,
 * match all/any, exclusions, demonyms, "Clear all". Every change is a new URL, so Back undoes it.
 */
export function FilterPanel({ index, bodies, top = 8, landmark = true, facets }: FilterPanelProps) {
  const { filter: committed, setFilter } = useEntityFilter(index);
  // the controls show the filter a click asks for at once; the URL (and the list) follow in a transition
  const [filter, setOptimisticFilter] = useOptimistic(committed);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searching = query.trim() !== '';
  // cached already when the browser had an idle moment (src/app/prefetch-whole-index.ts); fetched otherwise
  const { data: whole } = useQuery({
    ...corpusIndexQueryOptions(),
    enabled: facets !== undefined && searching,
  });
  const totals = facets && !(searching && whole) ? facets.totals : null;
  // under a filter (a link to one entity, whose slice is `index`) the base's counts are not the filter's
  const base = totals && !isFilterActive(committed) ? facets : null;
  const counted = base ? null : facets ? (whole ?? index) : index;
  // counts follow the URL's filter: a click's optimistic render recounts nothing
  const counts = useMemo(
    () =>
      counted
        ? facetCounts(counted, committed, bodies)
        : { paragraphs: base?.paragraphCounts ?? [], stories: base?.storyCounts ?? [] },
    [counted, base, committed, bodies],
  );
  const entities = base ? base.entities : (counted ?? index).entities;
  // sorted once per counts, not on every render (a tick re-renders the panel twice)
  const order = useMemo(() => facetOrder(entities), [entities]);
  const ranked = useMemo(
    () => rankFacetEntries(entities, order, counts.paragraphs, counts.stories),
    [entities, order, counts],
  );
  const found = useMemo((): RankedFacets => {
    if (!searching) return ranked;
    const matching = new Map<EntityType, readonly FacetEntry[]>();
    for (const [type, entries] of ranked)
      matching.set(
        type,
        entries.filter((e) => matchText(query, [e.entity.name, ...e.entity.aliases])),
      );
    return matching;
  }, [ranked, query, searching]);
  const states = useMemo(() => {
    const map = new Map<string, Exclude<FacetState, 'off'>>();
    for (const id of filter.exclude) map.set(id, 'excluded');
    for (const id of includedIds(filter)) map.set(id, 'included');
    return map;
  }, [filter]);
  const hasDemonyms = useMemo(() => entities.some((e) => e.demonyms.length > 0), [entities]);
  // "all selected" with a selection: an entity at 0 would empty the results; its row is greyed, and the
  // note under the match buttons says why and offers "any" in one click
  const blocked = committed.match === 'all' && includedIds(committed).length > 0;
  const blockedNoteId = useId();
  const hasBlocked =
    blocked &&
    [...found.values()].some((entries) =>
      entries.some((e) => e.paragraphs === 0 && !states.has(e.entity.id)),
    );

  // the rows are memoized on stable callbacks, which read the latest filter and setter from here
  const latest = useRef({ filter, setFilter });
  useLayoutEffect(() => {
    latest.current = { filter, setFilter };
  });
  const apply = useCallback(
    (next: (filter: EntityFilter) => EntityFilter) =>
      startTransition(async () => {
        const target = next(latest.current.filter);
        // read by a second click before this one's render commits, so clicks in a row add up
        latest.current = { ...latest.current, filter: target };
        setOptimisticFilter(target);
        await latest.current.setFilter(target);
      }),
    [setOptimisticFilter],
  );
  const toggle = useCallback(
    (entity: EntitySummary) =>
      apply((current) =>
        includedIds(current).includes(entity.id)
          ? removeEntity(current, entity)
          : includeEntity(current, entity),
      ),
    [apply],
  );
  const exclude = useCallback(
    (entity: EntitySummary) =>
      apply((current) =>
        current.exclude.includes(entity.id) ? removeEntity(current, entity) : excludeEntity(current, entity),
      ),
    [apply],
  );

  const Panel = landmark ? 'aside' : 'div';
  return (
    <Panel className="filter-panel" aria-label={landmark ? 'Filter' : undefined}>
      <h2 className="filter-panel__title" id={FILTER_TITLE_ID} tabIndex={-1}>
        Filter
      </h2>
      <SpeakerFilterNotice index={index} />
      <RadioFieldset
        className="filter-panel__match"
        legend="Paragraphs naming"
        name="filter-match"
        choices={MATCH_CHOICES}
        value={filter.match}
        onChange={(match) => apply((current) => ({ ...current, match }))}
      />
      {hasBlocked && (
        <p className="filter-panel__blocked" id={blockedNoteId}>
          Greyed names share no paragraph with all of the selection.{' '}
          <button
            type="button"
            className="filter-panel__any"
            onClick={() => apply((current) => ({ ...current, match: 'any' }))}
          >
            Match any selected
          </button>
        </p>
      )}
      {hasDemonyms && (
        <label className="filter-panel__demonyms">
          <input
            type="checkbox"
            checked={filter.includeDemonyms}
            onChange={() => apply((current) => ({ ...current, includeDemonyms: !current.includeDemonyms }))}
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
      {[...found].map(([type, entries]) => (
        <EntityFacet
          key={type}
          type={type}
          entries={entries}
          states={states}
          searching={searching}
          onToggle={toggle}
          onExclude={exclude}
          top={top}
          total={totals?.[type]}
          size={totals?.[type]?.entities ?? ranked.get(type)?.length ?? entries.length}
          blocked={blocked}
          blockedNoteId={blockedNoteId}
        />
      ))}
      <button
        type="button"
        className="filter-panel__clear"
        disabled={!isFilterActive(filter) && !filter.includeDemonyms && filter.match === 'all'}
        onClick={() => {
          setQuery('');
          apply(() => EMPTY_ENTITY_FILTER);
        }}
      >
        Clear all
      </button>
    </Panel>
  );
}
