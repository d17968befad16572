import type { QueryClient } from '@tanstack/react-query';
import { entityPostings } from '../core/query/entity-postings.ts';
import type { CorpusIndex } from '../core/schema.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { corpusKeys } from '../data/corpus-keys.ts';

const whenIdle = (task: () => void, timeout: number): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout });
  else window.setTimeout(task, 200);
};

/**
 * Runs `task` once the reader is off `/search`: a search in pieces (src/data/search/search-in-pieces.ts) needs
 * no corpus index, and 1.1 MB of it (at 1000× the seed) would compete with the shards and the results' bodies
 * on the line; a search that needs it has loaded it already. Checked every 2 s: a page of the app changes the
 * URL without an event to listen to.
 */
function whenOffSearch(task: () => void): void {
  const onSearch = () => location.pathname === `${import.meta.env.BASE_URL}search`;
  if (!onSearch()) return task();
  const timer = window.setInterval(() => {
    if (onSearch()) return;
    window.clearInterval(timer);
    task();
  }, 2000);
}

/** Runs `task` once the app has committed (`<html data-app="ready">`, app-providers.tsx): hydration first. */
function whenReady(task: () => void): void {
  const root = document.documentElement;
  if (root.dataset.app === 'ready') return task();
  const observer = new MutationObserver(() => {
    if (root.dataset.app !== 'ready') return;
    observer.disconnect();
    task();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-app'] });
}

/**
 * Once the page is up and the browser idle, fetches the whole index (a page renders from its slice) and
 * builds its entity postings, so the reader's first filter click finds both ready. Skipped when the reader
 * asked to save data: a filter then fetches the index when it is used. Marks `<html data-corpus="whole">`
 * once it is in the cache (the browser tests and the bench wait on it) and, when it had to fetch it, calls
 * `onLoaded`, which has the page re-read its data from it (the same page, from the index every filter click
 * will use).
 */
export function prefetchWholeIndex(queryClient: QueryClient, onLoaded: () => void): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  whenReady(() =>
    whenIdle(
      () =>
        whenOffSearch(() => {
          // a page that loaded the whole index itself (a small corpus, a filter) renders from it already
          const fetched = queryClient.getQueryData(corpusKeys.index()) === undefined;
          void queryClient.prefetchQuery(corpusIndexQueryOptions()).then(() => {
            const index = queryClient.getQueryData<CorpusIndex>(corpusKeys.index());
            if (!index) return;
            document.documentElement.dataset.corpus = 'whole';
            if (fetched) onLoaded();
            whenIdle(() => void entityPostings(index), 2000);
          });
        }),
      3000,
    ),
  );
}
