import { Suspense, type ComponentProps } from 'react';
import { lazyPreloaded } from '../components/lazy/lazy-preloaded.ts';
import type { NotFoundContent as NotFoundContentComponent } from './not-found-content.tsx';

// `/` never shows it: its chunk (closest headlines, suggestions) is fetched at start-up, off the first load.
const { Component: NotFoundContent } = lazyPreloaded(
  () => import('./not-found-content.tsx'),
  (m) => m.NotFoundContent,
);

/** The not-found page's content, in its own chunk; a busy line stands in for the moment it may take. */
export function LazyNotFoundContent(props: ComponentProps<typeof NotFoundContentComponent>) {
  return (
    <Suspense fallback={<p aria-busy="true">Loading…</p>}>
      <NotFoundContent {...props} />
    </Suspense>
  );
}
