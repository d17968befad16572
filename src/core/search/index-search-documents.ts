import MiniSearch from 'minisearch';
import { SEARCH_INDEX_OPTIONS } from './search-defaults.ts';
import type { SearchEngine } from './search-engine.ts';
import type { SearchDocument } from './search-documents.ts';
import { searchEngineOf } from './search-engine-of.ts';

/** A search engine over `documents`, indexed with the build's options (`buildSearchIndex`), in memory. */
export function indexSearchDocuments(documents: readonly SearchDocument[]): SearchEngine {
  const search = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  search.addAll(documents);
  return searchEngineOf(search);
}
