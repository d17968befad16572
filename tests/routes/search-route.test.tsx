import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal, fixtureBodies, fixtureIndex } from '../app/fixture-corpus.ts';
import { findH1, renderApp, seededQueryClient } from '../app/render-app.tsx';
import { builtSearchFiles } from '../core/search/built-search-files.ts';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version', searchUrl: 'corpus/search.json' },
}));

vi.setConfig({ testTimeout: 20_000 });

// The real index of the fixture corpus (manifest and shards), built as the plugin builds it, served where the app fetches it. jsdom has
// no Worker, so the search worker's handler runs on the main thread: the same code path as in the worker.
let built: ReturnType<typeof builtSearchFiles>;
beforeAll(() => {
  built = builtSearchFiles(fixtureIndex, fixtureBodies);
});
beforeEach(() => {
  window.scrollTo = vi.fn();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const { pathname } = new URL(String(input), location.href);
      const text = pathname.startsWith('/corpus/search') ? built.serve(pathname) : undefined;
      return text === undefined
        ? new Response('missing', { status: 404 })
        : new Response(text, { status: 200 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderSearch(url: string) {
  return renderApp(url, seededQueryClient());
}

/** The search page's status line once it gives a count. */
const status = () =>
  waitFor(
    () => {
      const text = within(screen.getByRole('main')).getByRole('status').textContent ?? '';
      expect(text).toMatch(/hits? in|No hits/);
      return text;
    },
    { timeout: 20_000 },
  );

/** The texts of the `<mark>`s inside an element. */
const marks = (element: HTMLElement): string[] =>
  [...element.querySelectorAll('mark.search-mark')].map((m) => m.textContent ?? '');

describe('/search?q=', () => {
  test('groups hits by story, marks the words, links each hit to its paragraph with the query', async () => {
    renderSearch('/search?q=mariupol');
    expect((await findH1()).textContent).toBe('Search: mariupol');
    expect(await status()).toBe('3 hits in 1 story for “mariupol”.');
    const results = screen.getByRole('list', { name: 'Stories with hits' });
    const story = within(results).getByRole('article', { name: azovstal.title });
    const links = within(story)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `/story/${azovstal.id}?q=mariupol`,
      `/story/${azovstal.id}/lead?q=mariupol#p-3`,
      `/story/${azovstal.id}/it-contains-thousands-of-fighters?q=mariupol#p-12`,
      `/story/${azovstal.id}/strategic-goal?q=mariupol#p-17`,
    ]);
    expect(marks(story)).toEqual(['Mariupol', 'Mariupol', 'Mariupol']);
    expect(within(story).getByText('It contains thousands of fighters')).toBeTruthy();
  });

  test('prefix and typo tolerant; the headline counts as a hit', async () => {
    renderSearch('/search?q=azovstl');
    await findH1();
    const story = await screen.findByRole('article', { name: azovstal.title }, { timeout: 20_000 });
    expect(await status()).toBe('3 hits in 1 story for “azovstl”.');
    expect(within(story).getByText('3 hits: the headline and 2 below it')).toBeTruthy();
    expect(marks(story)).toEqual(['Azovstal', 'Azovstal', 'Azovstal']);
  });

  test('with an entity filter, only hits in paragraphs that name the entity', async () => {
    renderSearch('/search?q=besie&person=vladimir-putin');
    await findH1();
    expect(await status()).toBe('1 hit in 1 story for “besie”, in paragraphs that match the filter.');
    const story = screen.getByRole('article', { name: azovstal.title });
    const hit = within(story).getByRole('link', { name: /besiege the plant/ });
    expect(hit.getAttribute('href')).toBe(
      `/story/${azovstal.id}/it-contains-thousands-of-fighters?q=besie&person=vladimir-putin#p-10`,
    );
    expect(screen.getByRole('link', { name: 'Search without the entity filter' }).getAttribute('href')).toBe(
      '/search?q=besie',
    );
  });

  test('no words, and no hits', async () => {
    const { router } = renderSearch('/search');
    expect((await findH1()).textContent).toBe('Search');
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toMatch(/^Type words to search/);
    await router.navigate('/search?q=zzzqqq');
    await waitFor(() =>
      expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe('No hits for “zzzqqq”.'),
    );
    expect(screen.queryByRole('list', { name: 'Stories with hits' })).toBeNull();
  });
});

describe('header search box', () => {
  test('shows live results as you type, announces the count, Enter opens /search?q=', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/');
    await findH1();
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'mariu');
    expect((box as HTMLInputElement).value).toBe('mariu');
    const live = await screen.findByRole('list', { name: 'Results as you type' }, { timeout: 20_000 });
    const first = within(live).getAllByRole('link')[0];
    expect(first?.getAttribute('href')).toBe(`/story/${azovstal.id}/lead?q=mariu#p-3`);
    await waitFor(() => expect(marks(live)).toContain('Mariupol'));
    expect(screen.getByRole('search').textContent).toContain('3 hits in 1 story');
    // the count is said in the search landmark's own polite live region
    const region = within(screen.getByRole('search')).getByRole('status');
    await waitFor(() => expect(region.textContent).toBe('3 hits in 1 story for mariu'));
    expect(router.state.location.pathname).toBe('/');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=mariu');
    expect(await findH1('Search: mariu')).toBeTruthy();
  });

  test('Escape clears the box and closes the results; Arrow Down moves into them', async () => {
    const user = userEvent.setup();
    renderSearch('/');
    await findH1();
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'kyiv');
    const live = await screen.findByRole('list', { name: 'Results as you type' }, { timeout: 20_000 });
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(live).getAllByRole('link')[0]);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Results as you type' })).toBeNull());
  });

  test('on /search, typing updates the results in place', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/search?q=kyiv');
    await findH1('Search: kyiv');
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    expect((box as HTMLInputElement).value).toBe('kyiv');
    await user.clear(box);
    await user.type(box, 'embassy');
    await waitFor(() => expect(router.state.location.search).toBe('?q=embassy'));
    expect(await findH1('Search: embassy')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Results as you type' })).toBeNull();
  });

  test('a 500-character query is echoed cut at a word, not as a twelve-line heading', async () => {
    const long = Array.from({ length: 50 }, (_, i) => `mariupol${i}`)
      .join(' ')
      .slice(0, 500);
    renderSearch(`/search?q=${encodeURIComponent(long)}`);
    const h1 = await findH1();
    const echoed = (h1.textContent ?? '').replace('Search: ', '');
    expect(echoed.length).toBeLessThanOrEqual(61);
    expect(echoed.endsWith('…')).toBe(true);
    expect(long.startsWith(echoed.slice(0, -1))).toBe(true);
    expect(h1.getAttribute('title')).toBe(long);
    expect((await status()).length).toBeLessThan(120);
  });
});
