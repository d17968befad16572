import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { groupHits, type GroupedHits } from '../../core/search/group-hits.ts';
import { queryTerms } from '../../core/search/query-terms.ts';
import { resolveSearchHits } from '../../core/search/resolve-search-hits.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { corpusIndexQueryOptions } from '../../data/corpus-index-query-options.ts';
import { searchHitsKey, searchIndexQueryOptions } from '../../data/search-index-query-options.ts';
import { readEntityFilter } from '../../url/read-entity-filter.ts';

/** A search as the UI shows it. */
export interface SearchState {
  /**
   * Folded words of the query the results answer, for marks (while a new keystroke's answer is on its way, the
   * previous one's); empty when there is nothing to search for.
   */
  terms: string[];
  /** The index is being fetched or loaded (first search of the session). */
  loading: boolean;
  /** Loading the index, or a search, failed. */
  error: Error | null;
  /** Hits grouped by story, or null before the index is there or when the query has no words. */
  results: GroupedHits | null;
  /** The query `results` answer: the one asked, or the previous one while its answer is on its way. */
  answered: string;
  index: CorpusIndex | undefined;
}

/**
 * Runs `query` in the search worker (loading the index on first use) and groups the hits by story, keeping only
 * paragraphs that pass the entity filter `search` carries (`?person=…`). Each keystroke's query is a query of
 * its own: a newer one cancels the older (React Query aborts a query nobody watches any more), and the previous
 * results stay on screen until the new ones arrive, so the list never blinks while the reader types.
 */
export function useSearch(query: string, search: string): SearchState {
  const currentTerms = useMemo(() => queryTerms(query), [query]);
  const enabled = currentTerms.length > 0;
  const session = useQuery({ ...searchIndexQueryOptions(), enabled });
  const run = session.data?.search;
  const hits = useQuery({
    queryKey: searchHitsKey(session.data?.generation ?? 0, query),
    queryFn: enabled && run ? async ({ signal }) => ({ query, hits: await run(query, signal) }) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    // a few recent keystrokes stay cached (Backspace is instant); the rest are dropped
    gcTime: 30_000,
    retry: false,
    structuralSharing: false,
  });
  const { data: index } = useQuery(corpusIndexQueryOptions());
  // the same filter object while the filter is unchanged: the results are grouped again only when it changes
  const filter = index ? readEntityFilter(search, index).filter : null;
  const answered = enabled ? hits.data : undefined;
  const results = useMemo(
    () => (answered && index ? groupHits(index, resolveSearchHits(index, answered.hits), filter) : null),
    [answered, index, filter],
  );
  const answeredQuery = answered?.query;
  const terms = useMemo(
    () => (answeredQuery !== undefined && answeredQuery !== query ? queryTerms(answeredQuery) : currentTerms),
    [answeredQuery, query, currentTerms],
  );
  const error = enabled ? (session.error ?? hits.error) : null;
  return {
    terms,
    loading: enabled && !results && !error,
    error,
    results,
    answered: results ? (answeredQuery ?? query) : query,
    index,
  };
}
