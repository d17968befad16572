import { act, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { focusHeaderSearch, LazyHeaderSearch } from '../../../src/components/search/lazy-header-search.tsx';

vi.setConfig({ testTimeout: 30_000 });

// The search box's chunk arrives only when the test opens the gate.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../../../src/components/search/header-search.tsx', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

describe('LazyHeaderSearch', () => {
  it('shows a labelled look-alike while loading; `/` pressed meanwhile focuses the box once it is there', async () => {
    const router = createMemoryRouter([{ path: '*', element: <LazyHeaderSearch /> }]);
    render(<RouterProvider router={router} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByText('Search stories…').closest('[aria-busy="true"]')).toBeTruthy();
    expect(screen.getByText('(loading)')).toBeTruthy();
    focusHeaderSearch(); // the `/` shortcut, before the code has arrived
    await act(async () => gate.open());
    const box = await screen.findByRole('searchbox', { name: 'Search stories' }, { timeout: 20_000 });
    // the focus follows the box's mount in an effect, which a loaded machine may run after the box is found
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.queryByText('Search stories…')).toBeNull();
  });
});
