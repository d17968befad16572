import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData, useLocation } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { searchCount } from '../components/search/search-count.ts';
import { shortQuery } from '../components/search/short-query.ts';
import { SearchResults } from '../components/search/search-results.tsx';
import { useSearch } from '../components/search/use-search.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { searchInPieces } from '../data/search/search-in-pieces.ts';
import { searchIndexQueryOptions } from '../data/search/search-index-query-options.ts';
import { homeSliceQueryOptions } from '../data/slice-query-options.ts';
import { searchPath } from '../url/paths.ts';
import { queryParam } from '../url/query-param.ts';
import './search-route.css';

/**
 * Starts the search worker and its manifest while the outline's index loads (they do not need each other), so
 * the first query finds the worker ready when the page renders. In pieces (`searchInPieces`) the outline is
 * that of `/`'s first page, from its slice: the search needs no corpus index; otherwise the whole index.
 */
export function searchLoader(queryClient: QueryClient) {
  return async () => {
    const pieces = searchInPieces();
    void queryClient.prefetchQuery(searchIndexQueryOptions());
    if (pieces) await queryClient.ensureQueryData(homeSliceQueryOptions(1));
    else await queryClient.ensureQueryData(corpusIndexQueryOptions());
    return { pieces };
  };
}

/** `/search?q=…`: full-text hits grouped by story, narrowed by the entity filter the URL carries. */
export function SearchRoute() {
  const { pieces } = useLoaderData<Awaited<ReturnType<ReturnType<typeof searchLoader>>>>();
  const { search } = useLocation();
  const query = queryParam(search);
  const { terms, loading, error, results, answered, filtered } = useSearch(query, search);
  useDocumentTitle(query ? `“${shortQuery(query)}”` : null, 'Search');
  let status: string;
  if (terms.length === 0)
    status = 'Type words to search every story: headlines, sub-headings and paragraphs.';
  else if (error) status = `Could not load the search index: ${error.message}`;
  else if (loading || !results) status = 'Loading the search index…';
  else
    status = `${searchCount(results)} for “${shortQuery(answered)}”${filtered ? ', in paragraphs that match the filter' : ''}.`;
  return (
    <ReaderLayout outline={pieces ? <SliceOutline search={search} /> : <WholeOutline search={search} />}>
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
        {results && results.stories.length > 0 && (
          <SearchResults results={results} terms={terms} search={search} />
        )}
      </div>
    </ReaderLayout>
  );
}

/** The outline from the whole index (a small corpus, or a reader with digests or corrections of their own). */
function WholeOutline({ search }: { search: string }) {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  return <Outline index={index} search={search} />;
}

/** The outline of `/`'s first page, from its slice. */
function SliceOutline({ search }: { search: string }) {
  const { data } = useSuspenseQuery(homeSliceQueryOptions(1));
  return <Outline index={data.index} whole={data.whole} search={search} />;
}
