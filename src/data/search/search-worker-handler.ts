import { indexLocalStories } from '../../core/search/index-local-stories.ts';
import { mergeRawHits } from '../../core/search/merge-raw-hits.ts';
import { readSearchManifest, readSearchShard } from '../../core/search/read-search-files.ts';
import {
  createShardSearchIndex,
  type ShardFilter,
  type ShardSearchIndex,
} from '../../core/search/search-shard-index.ts';
import { shardDocId } from '../../core/search/shard-doc-id.ts';
import type { StoryBody } from '../../core/schema.ts';
import type { StoryBlocks } from '../../core/search/story-blocks.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.ts';

/** What the handler needs from its surroundings (a worker, the main thread, a test or the bench). */
export interface SearchWorkerDeps {
  /** A file of the built index (its manifest, a shard) as text. */
  fetchText: (url: string) => Promise<string>;
  /** The story bodies of the digests kept in this browser. */
  listLocalBodies: () => Promise<StoryBody[]>;
  /** Runs `task` after the messages already queued: searches wait there so cancels and newer keystrokes land first. */
  defer: (task: () => void) => void;
}

/** Sends an answer; `transfer` lists buffers to move rather than copy. */
export type PostSearchResponse = (response: SearchWorkerResponse, transfer: Transferable[]) => void;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The built index, and its story blocks (files beside its shards). */
interface BuiltIndex {
  engine: ShardSearchIndex;
  stories: StoryBlocks | null;
}

/** The built index's manifest at `url`, its shards fetched from beside it (`search/<hash>.json`) as queries need them. */
async function loadBuiltIndex(deps: SearchWorkerDeps, url: string): Promise<BuiltIndex> {
  const manifest = readSearchManifest(await deps.fetchText(url));
  const folder = url.slice(0, url.lastIndexOf('/') + 1);
  const fileUrl = (hash: string) => `${folder}search/${hash}.json`;
  return {
    engine: createShardSearchIndex(
      manifest,
      async (hash) => readSearchShard(await deps.fetchText(fileUrl(hash))),
      shardDocId,
    ),
    stories: manifest.stories ?? null,
  };
}

/**
 * The search worker's message handler as a plain function, so the worker, the main-thread fallback, tests and
 * the bench run the same code. Loads the built index's manifest once per URL (a failed load is retried by the
 * next `load`; its shards come with the queries that need them), rebuilds the index of the reader's own digests
 * on every `load` (they change when one is added or removed), and answers searches in order, skipping those
 * cancelled before their turn.
 */
export function createSearchWorkerHandler(deps: SearchWorkerDeps, post: PostSearchResponse) {
  let built: { url: string; engine: Promise<BuiltIndex> } | null = null;
  let ready: Promise<{ built: BuiltIndex; local: ShardSearchIndex | null }> | null = null;
  const queued = new Map<number, { query: string; filter: ShardFilter | undefined }>();
  let draining = false;

  async function load(url: string) {
    if (built?.url !== url) {
      const engine = loadBuiltIndex(deps, url);
      built = { url, engine };
      // a failure is not kept: the next load fetches again
      engine.catch(() => {
        if (built?.engine === engine) built = null;
      });
    }
    const [engine, bodies] = await Promise.all([built.engine, deps.listLocalBodies()]);
    return {
      built: engine,
      local: bodies.length > 0 ? indexLocalStories(bodies) : null,
    };
  }

  async function drain() {
    let engines: { built: BuiltIndex; local: ShardSearchIndex | null };
    try {
      if (!ready) throw new Error('the search index was not loaded');
      // searches sent while the index loads wait here; a cancel meanwhile takes them out of the queue
      engines = await ready;
    } catch (error) {
      for (const id of queued.keys()) post({ type: 'error', id, message: messageOf(error) }, []);
      queued.clear();
      draining = false;
      return;
    }
    for (const [id, { query, filter }] of queued) {
      queued.delete(id);
      try {
        // a search waits here for the shards its words select (fetched once each); keystrokes queue meanwhile
        const hits = mergeRawHits(
          await Promise.all([
            engines.built.engine.search(query, filter),
            engines.local?.search(query, filter) ?? [],
          ]),
        );
        const scores = Float64Array.from(hits, (hit) => hit.score);
        post({ type: 'hits', id, ids: hits.map((hit) => hit.id), scores }, [scores.buffer]);
      } catch (error) {
        post({ type: 'error', id, message: messageOf(error) }, []);
      }
    }
    draining = false;
  }

  return function handle(request: SearchWorkerRequest): void {
    switch (request.type) {
      case 'load': {
        const loading = load(request.url);
        ready = loading;
        loading.then(
          ({ built: { engine, stories }, local }) =>
            post(
              {
                type: 'loaded',
                id: request.id,
                documentCount: engine.documentCount + (local?.documentCount ?? 0),
                localCount: local?.documentCount ?? 0,
                stories,
              },
              [],
            ),
          (error: unknown) => post({ type: 'error', id: request.id, message: messageOf(error) }, []),
        );
        return;
      }
      case 'search':
        queued.set(request.id, { query: request.query, filter: request.filter });
        if (!draining) {
          draining = true;
          deps.defer(() => void drain());
        }
        return;
      case 'cancel':
        if (queued.delete(request.id)) post({ type: 'cancelled', id: request.id }, []);
        return;
    }
  };
}
