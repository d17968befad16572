import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { EntityMarksProvider } from '../../../src/components/highlight/entity-marks-provider.tsx';
import type { CorpusIndex } from '../../../src/core/schema.ts';
import { FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';

/**
 * Renders `ui` at `url` inside a memory router, the entity marks of the fixture corpus and a query client
 * (the filter panel reads the whole index from it when searching a slice's facets).
 */
export function renderWithRouter(
  ui: ReactNode,
  url = '/',
  index: CorpusIndex = FIXTURE_INDEX,
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
) {
  const router = createMemoryRouter(
    [{ path: '*', element: <EntityMarksProvider index={index}>{ui}</EntityMarksProvider> }],
    { initialEntries: [url] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...result, router, search };
}
