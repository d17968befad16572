import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createAppRoutes } from '../../src/app/create-app-routes.tsx';
import { corpusIndexQueryOptions } from '../../src/data/corpus-index-query-options.ts';
import { createQueryClient } from '../../src/data/create-query-client.ts';
import { storyQueryOptions } from '../../src/data/story-query-options.ts';
import type { FixtureCorpus } from '../fixtures/build-fixture-corpus.ts';
import { fixtureBodies, fixtureIndex } from './fixture-corpus.ts';

/** A query client holding a hand-built corpus (the app's fixture by default), as if every chunk had been fetched. */
export function seededQueryClient(
  { index, bodies }: FixtureCorpus = { index: fixtureIndex, bodies: fixtureBodies },
): QueryClient {
  const client = createQueryClient();
  client.setQueryData(corpusIndexQueryOptions().queryKey, index);
  for (const body of bodies) {
    const summary = index.stories.find((s) => s.id === body.id);
    if (summary) client.setQueryData(storyQueryOptions(summary).queryKey, body);
  }
  return client;
}

/** Renders the real route tree at `url` with a memory router. */
export function renderApp(url: string, queryClient: QueryClient = seededQueryClient()) {
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

/** Waits for the page's h1 (the story route's module loads lazily, slow on a busy machine). */
export function findH1(name?: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, ...(name ? { name } : {}) }, { timeout: 20_000 });
}
