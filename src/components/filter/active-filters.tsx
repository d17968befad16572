import { lazy, Suspense } from 'react';
import { includedIds } from '../../core/query/included-ids.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { FILTER_TITLE_ID } from './filter-panel-ids.ts';
import { useEntityFilter } from './use-entity-filter.ts';

const FilterChips = lazy(() => import('./filter-chips.tsx').then((m) => ({ default: m.FilterChips })));

/** Brings the filter panel into view and focus (below the story on narrow screens). */
function jumpToFilter(): void {
  const title = document.getElementById(FILTER_TITLE_ID);
  title?.scrollIntoView?.({ block: 'start' });
  title?.focus({ preventScroll: true });
}

/**
 * The filter in the reading column: one chip per included or excluded entity, each removable, and a
 * button to the panel, which sits below the story on a phone. `empty`: the filter leaves nothing, so the
 * chips offer "any" in place of "all".
 */
export function ActiveFilters({ index, empty = false }: { index: CorpusIndex; empty?: boolean }) {
  const { filter } = useEntityFilter(index);
  const filtering = filter.exclude.length > 0 || includedIds(filter).length > 0;
  return (
    <div className="active-filters">
      {filtering && (
        <Suspense fallback={null}>
          <FilterChips index={index} empty={empty} />
        </Suspense>
      )}
      <button type="button" className="active-filters__jump" onClick={jumpToFilter}>
        Filter <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
