import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { EntityMarksProvider } from '../../../src/components/entities/entity-marks-provider.tsx';
import type { CorpusIndex } from '../../../src/core/schema.ts';
import { FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';

/** Renders `ui` at `url` inside a memory router and the entity marks of the fixture corpus. */
export function renderWithRouter(ui: ReactNode, url = '/', index: CorpusIndex = FIXTURE_INDEX) {
  const router = createMemoryRouter(
    [{ path: '*', element: <EntityMarksProvider index={index}>{ui}</EntityMarksProvider> }],
    { initialEntries: [url] },
  );
  const result = render(<RouterProvider router={router} />);
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...result, router, search };
}
