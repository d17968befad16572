import MiniSearch from 'minisearch';
import { SEARCH_INDEX_OPTIONS } from './search-defaults.ts';
import type { SearchEngine } from './search-engine.ts';
import type { SearchDocument } from './search-documents.ts';
import { searchEngineOf } from './search-engine-of.ts';

/**
 * Revives an index written by `buildSearchIndex`. Async so a large index is rebuilt in slices; the app runs it
 * in the search worker (or, without workers, imports it with `import()`), keeping MiniSearch off the first load.
 */
export async function loadSearchEngine(json: string): Promise<SearchEngine> {
  return searchEngineOf(await MiniSearch.loadJSONAsync<SearchDocument>(json, SEARCH_INDEX_OPTIONS));
}
