import type MiniSearch from 'minisearch';
import { SEARCH_DEFAULTS } from './search-defaults.ts';
import type { RawHit, SearchEngine } from './search-engine.ts';
import type { SearchDocument } from './search-documents.ts';

/** A MiniSearch index behind the app's `SearchEngine` interface, queried with `SEARCH_DEFAULTS`. */
export function searchEngineOf(index: MiniSearch<SearchDocument>): SearchEngine {
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
