import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { searchCount } from '../components/search/search-count.ts';
import { shortQuery } from '../components/search/short-query.ts';
import { SearchResults } from '../components/search/search-results.tsx';
import { useSearch } from '../components/search/use-search.ts';
import { isFilterActive } from '../core/query/is-filter-active.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { searchIndexQueryOptions } from '../data/search-index-query-options.ts';
import { searchPath } from '../url/paths.ts';
import './search-route.css';
import { useUrlState } from '../url/use-url-state.ts';

/**
 * Starts the search worker and its manifest while the corpus index loads (they do not need each other), so the
 * first query finds the worker ready when the page renders.
 */
export function searchLoader(queryClient: QueryClient) {
  return async () => {
    void queryClient.prefetchQuery(searchIndexQueryOptions());
    await queryClient.ensureQueryData(corpusIndexQueryOptions());
    return null;
  };
}

/** `/search?q=…`: full-text hits grouped by story, narrowed by the entity filter the URL carries. */
export function SearchRoute() {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  const { search } = useLocation();
  const { query, filter } = useUrlState(index);
  const { terms, loading, error, results, answered } = useSearch(query, search);
  const filtered = isFilterActive(filter);
  useDocumentTitle(query ? `“${shortQuery(query)}”` : null, 'Search');
  let status: string;
  if (terms.length === 0)
    status = 'Type words to search every story: headlines, sub-headings and paragraphs.';
  else if (error) status = `Could not load the search index: ${error.message}`;
  else if (loading || !results) status = 'Loading the search index…';
  else
    status = `${searchCount(results)} for “${shortQuery(answered)}”${filtered ? ', in paragraphs that match the filter' : ''}.`;
  return (
    <ReaderLayout outline={<Outline index={index} search={search} />}>
      <div className="search-page">
        <h1 tabIndex={-1} className="search-page__title" title={query.length > 60 ? query : undefined}>
          {query ? `Search: ${shortQuery(query)}` : 'Search'}
        </h1>
        <p className="search-page__status" role="status">
          {status}
        </p>
        {filtered && query && (
          <p className="search-page__filter">
            <Link to={searchPath(query)}>Search without the entity filter</Link>
          </p>
        )}
        {results && results.groups.length > 0 && (
          <SearchResults results={results} terms={terms} search={search} />
        )}
      </div>
    </ReaderLayout>
  );
}
