import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { LoadingView } from '../components/errors/loading-view.tsx';
import { homeLoader, HomeRoute } from '../routes/home-route.tsx';
import { NotFoundRoute } from '../routes/not-found-route.tsx';
import { RootErrorBoundary } from '../routes/root-error-boundary.tsx';
import { RootRoute } from '../routes/root-route.tsx';
import { RouteErrorBoundary } from '../routes/route-error-boundary.tsx';

/** The route tree; the story route's module loads on first use, `/` needs only the index. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
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
        {
          path: 'story/:storyId/:sectionId?',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { storyLoader, StoryRoute } = await import('../routes/story-route.tsx');
            return { loader: storyLoader(queryClient), Component: StoryRoute };
          },
        },
        {
          path: 'entities',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { entitiesLoader, EntitiesRoute } = await import('../routes/entities-route.tsx');
            return { loader: entitiesLoader(queryClient), Component: EntitiesRoute };
          },
        },
        {
          path: 'entity/:type/:slug',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { entityLoader, EntityRoute } = await import('../routes/entity-route.tsx');
            return { loader: entityLoader(queryClient), Component: EntityRoute };
          },
        },
        {
          path: 'search',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { searchLoader, SearchRoute } = await import('../routes/search-route.tsx');
            return { loader: searchLoader(queryClient), Component: SearchRoute };
          },
        },
        {
          path: 'insights',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { insightsLoader, InsightsRoute } = await import('../routes/insights-route.tsx');
            return { loader: insightsLoader(queryClient), Component: InsightsRoute };
          },
        },
        {
          path: 'my-digests',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { MyDigestsRoute } = await import('../routes/my-digests-route.tsx');
            return { Component: MyDigestsRoute };
          },
        },
        {
          path: 'corrections',
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: LoadingView,
          lazy: async () => {
            const { CorrectionsRoute } = await import('../routes/corrections-route.tsx');
            return { Component: CorrectionsRoute };
          },
        },
        { path: '*', Component: NotFoundRoute, ErrorBoundary: RouteErrorBoundary },
      ],
    },
  ];
}
