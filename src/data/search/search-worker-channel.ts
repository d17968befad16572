import type { OpenSearchChannel } from './search-client.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.ts';

/** A channel to a dedicated module worker running `search-worker.ts` (the index's reader and its shards live there). */
export const openSearchWorkerChannel: OpenSearchChannel = (receive, fail) => {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(`The search worker stopped: ${event.message || 'it could not be started'}`));
  };
  worker.onmessageerror = () => fail(new Error('The search worker sent an unreadable answer'));
  return { send: (request: SearchWorkerRequest) => worker.postMessage(request) };
};
