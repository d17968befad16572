import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LazyFilterPanel } from '../../../src/components/filter/lazy-filter-panel.tsx';
import { FILTER_TITLE_ID } from '../../../src/components/filter/filter-panel-ids.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';
import { renderWithRouter } from '../entities/render-with-router.tsx';

vi.setConfig({ testTimeout: 30_000 });

// The panel's chunk arrives only when the test opens the gate.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../../../src/components/filter/filter-panel.tsx', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

describe('LazyFilterPanel', () => {
  it('without its own landmark (the layout names the aside) the placeholder is a plain block', () => {
    renderWithRouter(<LazyFilterPanel index={FIXTURE_INDEX} landmark={false} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    const heading = screen.getByRole('heading', { level: 2, name: 'Filter' });
    expect(heading.parentElement?.getAttribute('aria-busy')).toBe('true');
  });

  it('holds the panel’s place with its heading and a busy label, then shows the panel', async () => {
    renderWithRouter(<LazyFilterPanel index={FIXTURE_INDEX} bodies={FIXTURE_BODIES} />);
    const placeholder = screen.getByRole('complementary', { name: 'Filter' });
    expect(placeholder.getAttribute('aria-busy')).toBe('true');
    expect(within(placeholder).getByRole('heading', { level: 2, name: 'Filter' }).id).toBe(FILTER_TITLE_ID);
    expect(within(placeholder).getByText('Loading the filter…')).toBeTruthy();
    await act(async () => gate.open());
    const panel = await screen.findByRole('group', { name: /People/ }, { timeout: 20_000 });
    expect(panel).toBeTruthy();
    const aside = screen.getByRole('complementary', { name: 'Filter' });
    expect(aside.hasAttribute('aria-busy')).toBe(false);
    expect(screen.queryByText('Loading the filter…')).toBeNull();
  });

  // last: it opens the gate the tests above keep shut
  it('in a static render (the build’s prerender) is only the placeholder: no checkbox without JavaScript', async () => {
    await act(async () => gate.open());
    await import('../../../src/components/filter/filter-panel.tsx');
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <LazyFilterPanel index={FIXTURE_INDEX} bodies={FIXTURE_BODIES} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(html).toContain('Loading the filter…');
    expect(html).not.toContain('type="checkbox"');
  });
});
