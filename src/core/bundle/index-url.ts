/** URL of the `CorpusIndex` JSON of a corpus version, relative to the base URL (beside the story chunks). */
export function indexUrl(version: string): string {
  return `corpus/index-${version}.json`;
}
