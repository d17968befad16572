import { FetchError } from '../fetch-json.ts';
import { listLocalDigests } from '../local-digest-store.ts';
import type { SearchWorkerDeps } from './search-worker-handler.ts';

/**
 * The handler's surroundings in a browser, the same in the worker and in the main-thread fallback: `fetch`
 * for the built index's manifest and shards, this origin's IndexedDB for the reader's own digests (a storage
 * failure leaves them out, as the corpus index does), a macrotask to let queued messages in before a search runs.
 */
export const browserSearchDeps: SearchWorkerDeps = {
  async fetchText(url) {
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new FetchError(url, 0);
    }
    if (!response.ok) throw new FetchError(url, response.status);
    return response.text();
  },
  async listLocalBodies() {
    const digests = await listLocalDigests().catch(() => []);
    return digests.flatMap((digest) => digest.bundle.bodies);
  },
  defer: (task) => void setTimeout(task, 0),
};
