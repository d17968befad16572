import { createSearchClient, type SearchClient } from './search-client.ts';

let client: Promise<SearchClient> | null = null;

/**
 * The page's one search client (one worker per page, created on the first search). Without `Worker` the
 * main-thread fallback is loaded instead, with the index's reader; with workers it never reaches the page.
 */
export function searchClient(): Promise<SearchClient> {
  client ??= (
    typeof Worker === 'undefined'
      ? import('./search-main-thread-channel.ts').then((m) => m.openSearchMainThreadChannel)
      : import('./search-worker-channel.ts').then((m) => m.openSearchWorkerChannel)
  ).then((open) =>
    createSearchClient((receive, fail) =>
      open(receive, (error) => {
        // a broken worker is not reused: the next search (a Retry) starts a new one
        client = null;
        fail(error);
      }),
    ),
  );
  return client;
}
