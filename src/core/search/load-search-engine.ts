import MiniSearch from 'minisearch';
import { SEARCH_DEFAULTS, SEARCH_INDEX_OPTIONS } from './search-defaults.ts';
import type { RawHit, SearchEngine } from './search-engine.ts';

/**
 * Revives an index written by `buildSearchIndex`. Async so a large index is rebuilt in slices without
 * freezing the page; the app imports this module with `import()`, keeping MiniSearch off the first load.
 */
export async function loadSearchEngine(json: string): Promise<SearchEngine> {
  const index = await MiniSearch.loadJSONAsync(json, SEARCH_INDEX_OPTIONS);
  return {
    documentCount: index.documentCount,
    search(query: string): RawHit[] {
      return index.search(query, SEARCH_DEFAULTS).flatMap((result): RawHit[] => {
        const id: unknown = result.id;
        return typeof id === 'string' ? [{ id, score: result.score }] : [];
      });
    },
  };
}
