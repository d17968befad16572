/** One document a query found, best first. */
export interface RawHit {
  /** A search document id (`searchDocId`). */
  id: string;
  score: number;
}

/** A loaded full-text index, reduced to what the app asks of it (so no MiniSearch type leaks out). */
export interface SearchEngine {
  /** Documents answering the query with `SEARCH_DEFAULTS`, best first. */
  search(query: string): RawHit[];
  /** Number of documents indexed. */
  readonly documentCount: number;
}
