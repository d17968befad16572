/// <reference lib="webworker" />
// The search worker: reads the full-text index's manifest, fetches the shards each query's words select, and
// answers every keystroke's query off the main thread, so typing never waits for it. It also indexes the reader's
// own digests.
import { browserSearchDeps } from './search-worker-deps.ts';
import { createSearchWorkerHandler } from './search-worker-handler.ts';
import type { SearchWorkerRequest } from './search-worker-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSearchWorkerHandler(browserSearchDeps, (response, transfer) =>
  scope.postMessage(response, transfer),
);
scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => handle(event.data);
