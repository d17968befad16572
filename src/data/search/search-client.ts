import type { RawHit } from '../../core/search/search-engine.ts';
import type { ShardFilter } from '../../core/search/search-shard-index.ts';
import type { StoryBlocks } from '../../core/search/story-blocks.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.ts';

/** One way to reach the search handler: a Web Worker, or the same handler on the main thread. */
export interface SearchChannel {
  send(request: SearchWorkerRequest): void;
}

/** Opens a channel that hands every answer to `receive`, and `fail` when the channel itself breaks. */
export type OpenSearchChannel = (
  receive: (response: SearchWorkerResponse) => void,
  fail: (error: Error) => void,
) => SearchChannel;

/** The page's side of the search worker. */
export interface SearchClient {
  /** Loads the built index at `url` (absolute) once and re-indexes the reader's digests; resolves with the count. */
  load(url: string): Promise<{
    documentCount: number;
    localCount: number;
    stories: StoryBlocks | null;
  }>;
  /**
   * The hits of `query`, best first, only paragraphs passing `filter` if given; aborting `signal` cancels it if
   * the worker has not run it yet.
   */
  search(query: string, signal?: AbortSignal, filter?: ShardFilter): Promise<RawHit[]>;
}

type Answer = Exclude<SearchWorkerResponse, { type: 'cancelled' }>;

const abortError = () => new DOMException('The search was cancelled', 'AbortError');

/** A client over `open`'s channel: matches answers to requests by id; a broken channel fails every pending one. */
export function createSearchClient(open: OpenSearchChannel): SearchClient {
  let nextId = 1;
  // once the channel broke (the worker died), every later request fails at once rather than waiting forever
  let broken: Error | null = null;
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  const channel = open(
    (response) => {
      const waiter = pending.get(response.id);
      if (!waiter) return;
      pending.delete(response.id);
      if (response.type === 'cancelled') waiter.reject(abortError());
      else waiter.resolve(response);
    },
    (error) => {
      broken = error;
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    },
  );

  function request(make: (id: number) => SearchWorkerRequest, signal?: AbortSignal): Promise<Answer> {
    const id = nextId++;
    return new Promise<Answer>((resolve, reject) => {
      if (broken) return reject(broken);
      if (signal?.aborted) return reject(abortError());
      pending.set(id, { resolve, reject });
      signal?.addEventListener(
        'abort',
        () => {
          // the answer is no longer wanted: settle now, and let the worker skip the work if it still can
          if (!pending.delete(id)) return;
          reject(abortError());
          channel.send({ type: 'cancel', id });
        },
        { once: true },
      );
      channel.send(make(id));
    });
  }

  return {
    async load(url) {
      const answer = await request((id) => ({ type: 'load', id, url }));
      if (answer.type === 'error') throw new Error(answer.message);
      if (answer.type !== 'loaded') throw new Error(`Unexpected answer to load: ${answer.type}`);
      return {
        documentCount: answer.documentCount,
        localCount: answer.localCount,
        stories: answer.stories,
      };
    },
    async search(query, signal, filter) {
      const answer = await request(
        (id) => (filter ? { type: 'search', id, query, filter } : { type: 'search', id, query }),
        signal,
      );
      if (answer.type === 'error') throw new Error(answer.message);
      if (answer.type !== 'hits') throw new Error(`Unexpected answer to search: ${answer.type}`);
      const { ids, scores } = answer;
      return ids.map((id, i) => ({ id, score: scores[i] ?? 0 }));
    },
  };
}
