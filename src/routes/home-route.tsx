import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { StoryList } from '../components/story-list/story-list.tsx';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';

/** Loads the corpus index before the story list renders. */
export function homeLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(corpusIndexQueryOptions());
    return null;
  };
}

/** `/`: every digest and its stories; `?q=` narrows the headlines. */
export function HomeRoute() {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  const { search } = useLocation();
  const query = new URLSearchParams(search).get('q')?.trim() ?? '';
  useDocumentTitle(query ? `“${query}”` : null, 'Stories');
  return (
    <ReaderLayout outline={<Outline index={index} search={search} />}>
      <div className="home">
        <h1 tabIndex={-1}>Stories</h1>
        <StoryList index={index} query={query} search={search} />
      </div>
    </ReaderLayout>
  );
}
