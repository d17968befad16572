import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { ActiveFilters } from '../components/filter/active-filters.tsx';
import { EntityLegend } from '../components/highlight/entity-legend.tsx';
import { FilterPanel } from '../components/filter/filter-panel.tsx';
import { useEntityFilter } from '../components/filter/use-entity-filter.ts';
import { InsightsView } from '../components/insights/insights-view.tsx';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import type { EntityFilter } from '../core/query/entity-filter.ts';
import { matchingStories } from '../core/query/matching-stories.ts';
import type { CorpusIndex, StorySummary } from '../core/schema.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { storyQueryOptions } from '../data/story-query-options.ts';
import { readEntityFilter } from '../url/read-entity-filter.ts';

/**
 * The stories whose bodies the insights need: those with a paragraph passing the filter (told from the index
 * alone); with demonyms on, every story, since a demonym is found only in the text.
 */
function storiesToLoad(index: CorpusIndex, filter: EntityFilter): StorySummary[] {
  return filter.includeDemonyms ? index.stories : matchingStories(index, filter).map((m) => m.story);
}

/** Loads the index, then the bodies of the stories the filter keeps (mention offsets and contexts live there). */
export function insightsLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const index = await queryClient.ensureQueryData(corpusIndexQueryOptions());
    const { filter } = readEntityFilter(new URL(request.url).searchParams, index);
    await Promise.all(
      storiesToLoad(index, filter).map((s) => queryClient.ensureQueryData(storyQueryOptions(s))),
    );
    return null;
  };
}

/** `/insights`: timeline, money, co-mentions and map of the paragraphs the entity filter keeps. */
export function InsightsRoute() {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  const { search } = useLocation();
  const { filter, setFilter } = useEntityFilter(index);
  const stories = storiesToLoad(index, filter);
  const bodies = useSuspenseQueries({ queries: stories.map((s) => storyQueryOptions(s)) }).map((r) => r.data);
  const key = bodies.map((b) => b.id).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new map only when the set of bodies changes
  const loaded = useMemo(() => new Map(bodies.map((b) => [b.id, b])), [key]);
  useDocumentTitle(null, 'Insights');
  return (
    <ReaderLayout
      outline={<Outline index={index} search={search} />}
      aside={
        <>
          <EntityLegend />
          <FilterPanel index={index} bodies={loaded} landmark={false} />
        </>
      }
      asideLabel="Filter"
    >
      <div className="insights-page">
        <h1 tabIndex={-1}>Insights</h1>
        <ActiveFilters index={index} />
        <InsightsView index={index} bodies={loaded} filter={filter} setFilter={setFilter} search={search} />
      </div>
    </ReaderLayout>
  );
}
