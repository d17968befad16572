import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { parseEntityFilter } from '../../core/query/parse-entity-filter.ts';
import { FILTER_PARAMS } from '../../core/query/serialize-entity-filter.ts';
import { groupHits, type GroupedHits } from '../../core/search/group-hits.ts';
import { queryTerms } from '../../core/search/query-terms.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { corpusIndexQueryOptions } from '../../data/corpus-index-query-options.ts';
import { searchIndexQueryOptions } from '../../data/search-index-query-options.ts';

/** A search as the UI shows it. */
export interface SearchState {
  /** Folded words of the query, for marks; empty when there is nothing to search for. */
  terms: string[];
  /** The index is being fetched or loaded (first search of the session). */
  loading: boolean;
  /** Loading the index failed. */
  error: Error | null;
  /** Hits grouped by story, or null before the index is there or when the query has no words. */
  results: GroupedHits | null;
  index: CorpusIndex | undefined;
}

/**
 * Runs `query` against the full-text index (loading it on first use) and groups the hits by story,
 * keeping only paragraphs that pass the entity filter `search` carries (`?person=…`).
 */
export function useSearch(query: string, search: string): SearchState {
  const terms = useMemo(() => queryTerms(query), [query]);
  const enabled = terms.length > 0;
  const engine = useQuery({ ...searchIndexQueryOptions(), enabled });
  const { data: index } = useQuery(corpusIndexQueryOptions());
  // re-run only when a filter parameter changes, not for other parts of the URL
  const params = new URLSearchParams(search);
  const filterKey = new URLSearchParams(
    FILTER_PARAMS.flatMap((name) => params.getAll(name).map((value): [string, string] => [name, value])),
  ).toString();
  const filter = useMemo(
    () => (index ? parseEntityFilter(new URLSearchParams(filterKey), index).filter : null),
    [filterKey, index],
  );
  const results = useMemo(
    () => (enabled && engine.data && index ? groupHits(index, engine.data.search(query), filter) : null),
    [enabled, engine.data, index, query, filter],
  );
  return { terms, loading: enabled && engine.isPending, error: engine.error, results, index };
}
