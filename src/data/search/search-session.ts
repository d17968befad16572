import type { RawHit } from '../../core/search/search-engine.ts';

/**
 * The full-text index as the page sees it once loaded: queries answered elsewhere (the search worker), so a
 * search is asynchronous and can be cancelled. A new session (new `generation`) after the reader's own digests
 * change, so cached answers of the previous one are not reused.
 */
export interface SearchSession {
  readonly generation: number;
  /** Documents indexed, built and local. */
  readonly documentCount: number;
  /** Hits of `query`, best first, local stories' ids naming the story (`resolveSearchHits` places them). */
  search(query: string, signal?: AbortSignal): Promise<RawHit[]>;
}
