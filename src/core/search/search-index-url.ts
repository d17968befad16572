/** URL of the full-text search index of a corpus version, relative to the base URL (beside the index). */
export function searchIndexUrl(version: string): string {
  return `corpus/search-${version}.json`;
}
