import type { ShardFilter } from '../../core/search/search-shard-index.ts';
import type { StoryBlocks } from '../../core/search/story-blocks.ts';

/**
 * Messages between the page and the search worker. Every request carries an id its answer repeats, so the
 * page can match answers to requests and drop the ones it no longer wants.
 */
export type SearchWorkerRequest =
  /** Fetch and revive the built index at `url` (once per URL), then (re)index this browser's own digests. */
  | { type: 'load'; id: number; url: string }
  /** Run a query against the built and the local index, keeping only paragraphs that pass `filter` if given. */
  | { type: 'search'; id: number; query: string; filter?: ShardFilter }
  /** The page no longer wants the answer to search `id` (a newer keystroke): skip it if it has not run yet. */
  | { type: 'cancel'; id: number };

export type SearchWorkerResponse =
  /**
   * The indexes are ready: how many documents they hold, built and local, and the built index's story blocks
   * (hashes of `StoryRef` lists beside its shards), for results shown without the corpus index.
   */
  | {
      type: 'loaded';
      id: number;
      documentCount: number;
      localCount: number;
      stories: StoryBlocks | null;
    }
  /**
   * The hits of a search, best first: document ids and their scores side by side (two flat arrays copy
   * faster between threads than one object per hit; the scores' buffer is transferred, not copied).
   */
  | { type: 'hits'; id: number; ids: string[]; scores: Float64Array }
  /** A search cancelled before it ran. */
  | { type: 'cancelled'; id: number }
  /** A load or a search failed: why. */
  | { type: 'error'; id: number; message: string };
