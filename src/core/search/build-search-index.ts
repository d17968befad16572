import MiniSearch from 'minisearch';
import type { CorpusIndex, StoryBody } from '../schema.ts';
import { SEARCH_INDEX_OPTIONS } from './search-defaults.ts';
import { searchDocuments, type SearchDocument } from './search-documents.ts';

/**
 * The full-text index of a corpus as MiniSearch JSON, its ids positions in `index` (so it belongs to that
 * index's version). No stored fields: snippets come from the story bodies.
 */
export function buildSearchIndex(index: CorpusIndex, bodies: readonly StoryBody[]): string {
  const search = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  search.addAll(searchDocuments(index, bodies));
  return JSON.stringify(search);
}
