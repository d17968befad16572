import type { OpenSearchChannel } from './search-client.ts';
import { browserSearchDeps } from './search-worker-deps.ts';
import { createSearchWorkerHandler } from './search-worker-handler.ts';

/**
 * Where there are no Web Workers (jsdom in component tests, a very old browser): the worker's own handler on
 * the main thread, each message delivered in a later task as a worker would, so the page runs the same code.
 */
export const openSearchMainThreadChannel: OpenSearchChannel = (receive) => {
  const handle = createSearchWorkerHandler(browserSearchDeps, (response) => {
    setTimeout(() => receive(response), 0);
  });
  return { send: (request) => void setTimeout(() => handle(request), 0) };
};
