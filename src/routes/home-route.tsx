import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { EntityLegend } from '../components/entities/entity-legend.tsx';
import { EntityMarksProvider } from '../components/entities/entity-marks-provider.tsx';
import { LazyFilterPanel, preloadFilterPanel } from '../components/entities/lazy-filter-panel.tsx';
import { HomeFilterStatus } from '../components/entities/home-filter-status.tsx';
import { useHomeFilter } from '../components/entities/use-home-filter.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { StoryList } from '../components/story-list/story-list.tsx';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';

/**
 * Loads the corpus index before the story list renders, and waits for the filter panel's chunk (fetched in
 * parallel since start-up) so the page paints once, whole. A failed chunk does not hold the stories back:
 * the panel fetches it again when it renders.
 */
export function homeLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(corpusIndexQueryOptions()),
      preloadFilterPanel().catch(() => null),
    ]);
    return null;
  };
}

/** `/`: every digest and its stories; `?q=` narrows the headlines. */
export function HomeRoute() {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  const { search } = useLocation();
  const query = new URLSearchParams(search).get('q')?.trim() ?? '';
  useDocumentTitle(query ? `“${query}”` : null, 'Stories');
  const filtered = useHomeFilter(index);
  return (
    <EntityMarksProvider index={index}>
      <ReaderLayout
        outline={<Outline index={filtered.index} search={search} />}
        aside={
          <>
            <EntityLegend />
            <LazyFilterPanel index={index} bodies={filtered.bodies} landmark={false} />
          </>
        }
        asideLabel="Filter"
      >
        <div className="home">
          <h1 tabIndex={-1}>Stories</h1>
          <HomeFilterStatus
            index={index}
            active={filtered.active}
            shownStories={filtered.index.stories.length}
            hiddenStories={filtered.hiddenStories}
            matchingParagraphs={filtered.matchingParagraphs}
            unknown={filtered.unknown}
          />
          <StoryList
            index={filtered.index}
            query={query}
            search={search}
            matches={filtered.active ? filtered.matches : undefined}
          />
        </div>
      </ReaderLayout>
    </EntityMarksProvider>
  );
}
