import type { RawHit } from '../../core/search/search-engine.ts';
import type { ShardFilter } from '../../core/search/search-shard-index.ts';
import type { StoryBlocks } from '../../core/search/story-blocks.ts';

/**
 * The full-text index as the page sees it once loaded: queries answered elsewhere (the search worker), so a
 * search is asynchronous and can be cancelled. A new session (new `generation`) after the reader's own digests
 * change, so cached answers of the previous one are not reused.
 */
export interface SearchSession {
  readonly generation: number;
  /** Documents indexed, built and local. */
  readonly documentCount: number;
  /** The built index's story blocks, for results shown without the corpus index (null in an old build). */
  readonly stories: StoryBlocks | null;
  /**
   * Hits of `query`, best first, local stories' ids naming the story (`resolveSearchHits` places them); only
   * paragraphs passing `filter` when given.
   */
  search(query: string, signal?: AbortSignal, filter?: ShardFilter): Promise<RawHit[]>;
}
