import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import { groupHits } from '../../core/search/group-hits.ts';
import { queryTerms } from '../../core/search/query-terms.ts';
import { rankStories } from '../../core/search/rank-stories.ts';
import { resolveSearchHits } from '../../core/search/resolve-search-hits.ts';
import type { ShardFilter } from '../../core/search/search-shard-index.ts';
import { urlShardFilter } from '../../core/search/url-shard-filter.ts';
import { corpusIndexQueryOptions } from '../../data/corpus-index-query-options.ts';
import { searchHitsKey, searchIndexQueryOptions } from '../../data/search/search-index-query-options.ts';
import { searchInPieces } from '../../data/search/search-in-pieces.ts';
import { filterSearchKey } from '../../url/filter-search-key.ts';
import { readEntityFilter } from '../../url/read-entity-filter.ts';
import type { FoundStories } from './found-stories.ts';

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
  /** Stories with hits, best first, or null before the index is there or when the query has no words. */
  results: FoundStories | null;
  /** The query `results` answer: the one asked, or the previous one while its answer is on its way. */
  answered: string;
  /** The URL carries an entity filter (false until the corpus index it is read against is there). */
  filtered: boolean;
}

/**
 * Runs `query` in the search worker (loading the index on first use) and groups the hits by story, keeping only
 * paragraphs that pass the entity filter `search` carries (`?person=…`). In pieces (`searchInPieces`) the
 * worker applies the filter and the results rank stories by position, each shown story loading its own
 * summary; otherwise the page groups and filters the hits with the corpus index. Each keystroke's query is a
 * query of its own: a newer one cancels the older (React Query aborts a query nobody watches any more), and the
 * previous results stay on screen until the new ones arrive, so the list never blinks while the reader types.
 */
export function useSearch(query: string, search: string): SearchState {
  const currentTerms = useMemo(() => queryTerms(query), [query]);
  const enabled = currentTerms.length > 0;
  const session = useQuery({ ...searchIndexQueryOptions(), enabled });
  const blocks = session.data?.stories ?? null;
  const pieces = searchInPieces() && (!session.data || blocks !== null);
  const { data: index } = useQuery({ ...corpusIndexQueryOptions(), enabled: !pieces });
  // re-run only when a filter parameter changes, not for other parts of the URL
  const filterKey = filterSearchKey(search);
  // the same filter object while the filter is unchanged: the results are grouped again only when it changes
  const filter = !pieces && index ? readEntityFilter(filterKey, index).filter : null;
  // in pieces every id the URL names goes to the worker, which drops those its index does not know
  const workerFilter = useMemo((): ShardFilter | undefined => {
    if (!pieces) return undefined;
    const read = urlShardFilter(new URLSearchParams(filterKey));
    return read.include.length + read.exclude.length > 0 ? read : undefined;
  }, [pieces, filterKey]);
  const run = session.data?.search;
  const hits = useQuery({
    queryKey: searchHitsKey(session.data?.generation ?? 0, query, workerFilter ? filterKey : ''),
    queryFn:
      enabled && run
        ? async ({ signal }) => ({ query, hits: await run(query, signal, workerFilter) })
        : skipToken,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    // a few recent keystrokes stay cached (Backspace is instant); the rest are dropped
    gcTime: 30_000,
    retry: false,
    structuralSharing: false,
  });
  const answered = enabled ? hits.data : undefined;
  const results = useMemo((): FoundStories | null => {
    if (!answered) return null;
    if (pieces && blocks) {
      const { stories, hitCount } = rankStories(answered.hits);
      return { stories: stories.map((ranked) => ({ key: `@${ranked.at}`, ranked, blocks })), hitCount };
    }
    if (!index) return null;
    const { groups, hitCount } = groupHits(index, resolveSearchHits(index, answered.hits), filter);
    return { stories: groups.map((group) => ({ key: group.story.id, group })), hitCount };
  }, [answered, pieces, blocks, index, filter]);
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
    filtered: workerFilter !== undefined || (filter !== null && isFilterActive(filter)),
  };
}
