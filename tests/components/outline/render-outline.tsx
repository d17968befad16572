import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Outline } from '../../../src/components/outline/outline.tsx';
import type { CorpusIndex } from '../../../src/core/schema.ts';
import { createQueryClient } from '../../../src/data/create-query-client.ts';

type OutlineProps = Omit<ComponentProps<typeof Outline>, 'index' | 'search'> & { search?: string };

/** Renders the outline of `index` at `/` inside a router and a query client; returns its navigation landmark. */
export function renderOutline(index: CorpusIndex, props: OutlineProps): HTMLElement {
  const router = createMemoryRouter(
    [{ path: '*', element: <Outline index={index} search={props.search ?? ''} {...props} /> }],
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return screen.getByRole('navigation', { name: 'Outline' });
}
