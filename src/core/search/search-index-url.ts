/** URL of the full-text search manifest of a corpus version, relative to the base URL (beside the index). */
export function searchIndexUrl(version: string): string {
  return `corpus/search-${version}.json`;
}

/**
 * URL of a shard of the full-text index, relative to the base URL: named by its content alone, so a shard
 * that a new digest did not change keeps its URL (and a CDN's copy) from one corpus version to the next.
 */
export function searchShardUrl(hash: string): string {
  return `corpus/search/${hash}.json`;
}
