import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { LoadingView } from '../components/errors/loading-view.tsx';
import { homeLoader, HomeRoute } from '../routes/home-route.tsx';
import { NotFoundRoute } from '../routes/not-found-route.tsx';
import { RootErrorBoundary } from '../routes/root-error-boundary.tsx';
import { RootRoute } from '../routes/root-route.tsx';
import { RouteErrorBoundary } from '../routes/route-error-boundary.tsx';

/** What a lazy route module hands over: its component and, if it prefetches, its loader factory. */
interface LazyRouteModule {
  Component: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
}

/** A route whose module loads on first use; `load` must stay a literal `import()` so Vite splits a chunk per route. */
function lazyRoute(
  queryClient: QueryClient,
  path: string,
  load: () => Promise<LazyRouteModule>,
): RouteObject {
  return {
    path,
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: LoadingView,
    lazy: async () => {
      const { Component, loader } = await load();
      return loader ? { loader: loader(queryClient), Component } : { Component };
    },
  };
}

/** The route tree; the story route's module loads on first use, `/` needs only the index. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = (path: string, load: () => Promise<LazyRouteModule>) => lazyRoute(queryClient, path, load);
  return [
    {
      id: 'root',
      path: '/',
      Component: RootRoute,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: LoadingView,
      children: [
        {
          index: true,
          loader: homeLoader(queryClient),
          Component: HomeRoute,
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
        },
        lazy('story/:storyId/:sectionId?', async () => {
          const { storyLoader, StoryRoute } = await import('../routes/story-route.tsx');
          return { loader: storyLoader, Component: StoryRoute };
        }),
        lazy('entities', async () => {
          const { entitiesLoader, EntitiesRoute } = await import('../routes/entities-route.tsx');
          return { loader: entitiesLoader, Component: EntitiesRoute };
        }),
        lazy('entity/:type/:slug', async () => {
          const { entityLoader, EntityRoute } = await import('../routes/entity-route.tsx');
          return { loader: entityLoader, Component: EntityRoute };
        }),
        lazy('search', async () => {
          const { searchLoader, SearchRoute } = await import('../routes/search-route.tsx');
          return { loader: searchLoader, Component: SearchRoute };
        }),
        lazy('insights', async () => {
          const { insightsLoader, InsightsRoute } = await import('../routes/insights-route.tsx');
          return { loader: insightsLoader, Component: InsightsRoute };
        }),
        lazy('my-digests', async () => ({
          Component: (await import('../routes/my-digests-route.tsx')).MyDigestsRoute,
        })),
        lazy('corrections', async () => ({
          Component: (await import('../routes/corrections-route.tsx')).CorrectionsRoute,
        })),
        { path: '*', Component: NotFoundRoute, ErrorBoundary: RouteErrorBoundary },
      ],
    },
  ];
}
