import MiniSearch from 'minisearch';
import type { StoryBody } from '../schema.ts';
import { SEARCH_INDEX_OPTIONS } from './search-defaults.ts';
import { searchDocuments, type SearchDocument } from './search-documents.ts';

/** The full-text index of a corpus as MiniSearch JSON (no stored fields: snippets come from the story bodies). */
export function buildSearchIndex(bodies: readonly StoryBody[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(searchDocuments(bodies));
  return JSON.stringify(index);
}
