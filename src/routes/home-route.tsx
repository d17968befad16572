import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { EntityLegend } from '../components/highlight/entity-legend.tsx';
import { EntityMarksProvider } from '../components/highlight/entity-marks-provider.tsx';
import { LazyFilterPanel, preloadFilterPanel } from '../components/filter/lazy-filter-panel.tsx';
import { HomeFilterStatus } from '../components/filter/home-filter-status.tsx';
import { useHomeFilter } from '../components/filter/use-home-filter.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { useSpeaker } from '../components/quotes/use-speaker.ts';
import { narrowBySpeaker } from '../core/quotes/narrow-by-speaker.ts';
import { Outline } from '../components/outline/outline.tsx';
import { StoryList } from '../components/story-list/story-list.tsx';
import { pageParam } from '../url/page-search.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { loadPageMode } from '../data/load-page-mode.ts';
import { facetBaseQueryOptions, homeSliceQueryOptions } from '../data/slice-query-options.ts';
import { usePageIndex } from '../data/use-page-index.ts';
import { queryParam } from '../url/query-param.ts';

/**
 * Loads what the page renders from: with no filter and no headline search, this list page's slice and the
 * facet base (a few KB at any corpus size); filtered by one entity, that entity's slice (entity-page.ts);
 * otherwise the whole index. Waits for the filter panel's chunk
 * (fetched in parallel since start-up) so the page paints once, whole. A failed chunk does not hold the
 * stories back: the panel fetches it again when it renders.
 */
export function homeLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { search } = new URL(request.url);
    const { mode, entityPage } = await loadPageMode(queryClient, search);
    await Promise.all([
      mode === 'slice'
        ? Promise.all([
            queryClient.ensureQueryData(homeSliceQueryOptions(pageParam(search))),
            queryClient.ensureQueryData(facetBaseQueryOptions()),
          ])
        : mode === 'whole' && queryClient.ensureQueryData(corpusIndexQueryOptions()),
      preloadFilterPanel().catch(() => null),
    ]);
    return { mode, entityPage };
  };
}

/** `/`: every digest and its stories; `?q=` narrows the headlines. */
export function HomeRoute() {
  const { mode, entityPage } = useLoaderData<Awaited<ReturnType<ReturnType<typeof homeLoader>>>>();
  const { search } = useLocation();
  const {
    index,
    whole,
    facets,
    outside = 0,
  } = usePageIndex(mode, homeSliceQueryOptions(pageParam(search)), entityPage);
  const query = queryParam(search);
  useDocumentTitle(query ? `“${query}”` : null, 'Stories');
  const entityFiltered = useHomeFilter(index);
  const speaker = useSpeaker(index);
  const bySpeaker = speaker ? narrowBySpeaker(entityFiltered, speaker) : null;
  const filtered = bySpeaker
    ? {
        ...entityFiltered,
        ...bySpeaker,
        active: true,
        matchingParagraphs: [...bySpeaker.matches.values()].reduce((a, b) => a + b, 0),
      }
    : entityFiltered;
  return (
    <EntityMarksProvider index={index}>
      <ReaderLayout
        outline={<Outline index={filtered.index} whole={whole} search={search} />}
        aside={
          <>
            <EntityLegend />
            <LazyFilterPanel index={index} bodies={filtered.bodies} facets={facets} landmark={false} />
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
            hiddenStories={filtered.hiddenStories + outside}
            matchingParagraphs={filtered.matchingParagraphs}
            unknown={filtered.unknown}
          />
          <StoryList
            index={filtered.index}
            whole={whole}
            query={query}
            search={search}
            matches={filtered.active ? filtered.matches : undefined}
          />
        </div>
      </ReaderLayout>
    </EntityMarksProvider>
  );
}
