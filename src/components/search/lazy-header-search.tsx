import { Suspense, useEffect } from 'react';
import { APP_IDS } from '../layout/app-ids.ts';
import { lazyPreloaded } from '../lazy/lazy-preloaded.ts';
import './lazy-header-search.css';

const { Component: HeaderSearch, preload } = lazyPreloaded(
  () => import('./header-search.tsx'),
  (m) => m.HeaderSearch,
);

/** Set when `/` was pressed before the box existed: it takes focus as soon as it mounts. */
let focusWhenReady = false;

/** Focuses and selects the search field; false when it is not in the page yet. */
function focusField(): boolean {
  const input = document.getElementById(APP_IDS.search);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
  return input !== null;
}

/** The `/` shortcut: focuses the search field, or has it take focus once its code has arrived. */
export function focusHeaderSearch(): void {
  if (focusField()) return;
  focusWhenReady = true;
  void preload().catch(() => undefined);
}

/** Mounts with the search box (same Suspense boundary) and hands it the focus `/` asked for. */
function FocusWhenReady() {
  useEffect(() => {
    if (focusWhenReady) focusWhenReady = !focusField();
  }, []);
  return null;
}

/** The header search box, in its own chunk; a same-sized, labelled look-alike stands in meanwhile. */
export function LazyHeaderSearch() {
  return (
    <Suspense
      fallback={
        <div className="header-search" aria-busy="true">
          <span className="header-search__placeholder">Search stories…</span>
          <span className="visually-hidden"> (loading)</span>
        </div>
      }
    >
      <HeaderSearch />
      <FocusWhenReady />
    </Suspense>
  );
}
