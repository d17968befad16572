import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { EntityLegend } from '../components/highlight/entity-legend.tsx';
import { EntityMarksProvider } from '../components/highlight/entity-marks-provider.tsx';
import { LazyFilterPanel, preloadFilterPanel } from '../components/filter/lazy-filter-panel.tsx';
import { MentionNavigator } from '../components/highlight/mention-navigator.tsx';
import { StoryFilterStatus } from '../components/filter/story-filter-status.tsx';
import { useStoryOutlineIndex } from '../components/filter/use-story-outline-index.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { StoryView } from '../components/story/story-view.tsx';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { loadPageMode } from '../data/load-page-mode.ts';
import { facetBaseQueryOptions } from '../data/slice-query-options.ts';
import { storySliceQueryOptions } from '../data/story-slice-query-options.ts';
import { usePageIndex } from '../data/use-page-index.ts';
import { storyQueryOptions } from '../data/story-query-options.ts';
import type { NotFoundData } from './not-found-data.ts';

const notFound = (missing: NotFoundData) => data(missing, { status: 404 });

/**
 * Checks the story and section ids (404 when unknown) against what the page renders from, its digest's
 * slice with no filter (a few KB at any corpus size), the whole index otherwise; and loads the body.
 */
export function storyLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const storyId = params.storyId ?? '';
    const { search } = new URL(request.url);
    const loaded = await loadPageMode(queryClient, search);
    const { entityPage } = loaded;
    // an entity's slice serves the story only when the story names the entity
    const named = entityPage?.index.stories.some((s) => s.id === storyId) === true;
    const mode = loaded.mode === 'entity' && !named ? 'whole' : loaded.mode;
    const [index] = await Promise.all([
      mode === 'entity'
        ? entityPage?.index
        : mode === 'slice'
          ? queryClient.ensureQueryData(storySliceQueryOptions(storyId)).then((slice) => slice?.index)
          : queryClient.ensureQueryData(corpusIndexQueryOptions()),
      mode === 'slice' ? queryClient.ensureQueryData(facetBaseQueryOptions()) : null,
      // a filtered link's facets paint with the story, before the whole index's idle prefetch starts
      mode === 'entity' ? preloadFilterPanel().catch(() => null) : null,
    ]);
    const summary = index?.stories.find((s) => s.id === storyId);
    if (!summary) throw notFound({ kind: 'story', storyId });
    const sectionId = params.sectionId ?? null;
    if (sectionId !== null && !summary.sections.some((s) => s.id === sectionId)) {
      throw notFound({ kind: 'section', storyId, sectionId });
    }
    await queryClient.ensureQueryData(storyQueryOptions(summary));
    return { storyId, sectionId, mode, entityPage: mode === 'entity' ? entityPage : null };
  };
}

/** `/story/:storyId/:sectionId?`: one story to read, scrolled to the section (and `#p-…` paragraph). */
export function StoryRoute() {
  const { storyId, sectionId, mode, entityPage } = useLoaderData<ReturnType<typeof storyLoader>>();
  const { search, hash } = useLocation();
  const { index, whole, facets } = usePageIndex(mode, storySliceQueryOptions(storyId), entityPage);
  const summary = index.stories.find((s) => s.id === storyId) ?? vanished(storyId);
  const { data: body } = useSuspenseQuery(storyQueryOptions(summary));
  const filtered = useStoryOutlineIndex(index, body);
  return (
    <EntityMarksProvider index={index} body={body}>
      <ReaderLayout
        aside={
          <>
            <EntityLegend />
            <LazyFilterPanel index={index} bodies={filtered.bodies} facets={facets} landmark={false} />
          </>
        }
        asideLabel="Filter"
        outline={
          <Outline
            index={filtered.index}
            whole={whole}
            currentStoryId={storyId}
            currentSectionId={sectionId ?? summary.sections[0]?.id}
            search={search}
          />
        }
      >
        <StoryFilterStatus />
        <StoryView
          key={storyId}
          index={index}
          summary={summary}
          body={body}
          sectionId={sectionId}
          paragraphId={paragraphIdFromHash(hash)}
          search={search}
        />
        <MentionNavigator />
      </ReaderLayout>
    </EntityMarksProvider>
  );
}

function vanished(storyId: string): never {
  throw new Error(`The story ${storyId} is no longer in the index`);
}

/** `#p-24` → `p-24`; null for no hash or a malformed one. */
function paragraphIdFromHash(hash: string): string | null {
  if (!hash || hash === '#') return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
