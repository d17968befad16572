import { Suspense, type ComponentProps } from 'react';
import { lazyPreloaded } from '../lazy/lazy-preloaded.ts';
import { useAfterHydration } from '../lazy/use-after-hydration.ts';
import type { FilterPanel as FilterPanelComponent } from './filter-panel.tsx';
import { FILTER_TITLE_ID } from './filter-panel-ids.ts';
// The panel's styles (and the filter chips' above the story list) stay in the first-load CSS: a prerendered
// page paints them styled before this chunk arrives.
import './filter-panel.css';
import './lazy-filter-panel.css';

type FilterPanelProps = ComponentProps<typeof FilterPanelComponent>;

const { Component: FilterPanel, preload } = lazyPreloaded(
  () => import('./filter-panel.tsx'),
  (m) => m.FilterPanel,
);

/** Fetches the filter panel's chunk (started at start-up; `/`'s loader waits for it with the index). */
export const preloadFilterPanel = preload;

/**
 * The entity filter, in its own chunk, rendered in the browser only: its checkboxes do nothing without
 * JavaScript, so a prerendered page does not carry them (2 KB gzip of each page's HTML). Until the code
 * arrives, and in the static page, a labelled placeholder holds the panel's place, heading included (links
 * and "Filter ↓" target it).
 */
export function LazyFilterPanel(props: FilterPanelProps) {
  const Panel = props.landmark === false ? 'div' : 'aside';
  const hydrated = useAfterHydration();
  const placeholder = (
    <Panel
      className="filter-panel filter-panel--loading"
      aria-label={Panel === 'aside' ? 'Filter' : undefined}
      aria-busy="true"
    >
      <h2 className="filter-panel__title" id={FILTER_TITLE_ID} tabIndex={-1}>
        Filter
      </h2>
      <p className="filter-panel__loading">Loading the filter…</p>
    </Panel>
  );
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <FilterPanel {...props} />
    </Suspense>
  );
}
