import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import { StoryList } from '../../../src/components/story-list/story-list.tsx';
import type { CorpusIndex } from '../../../src/core/schema.ts';
import { createQueryClient } from '../../../src/data/create-query-client.ts';
import { fixtureIndex } from '../../app/fixture-corpus.ts';
import { manyStoriesIndex } from './many-stories-index.ts';

// user-event on a machine that may be busy; nothing here is about time
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

function ListAtLocation({ index }: { index: CorpusIndex }) {
  const { search } = useLocation();
  return <StoryList index={index} query={new URLSearchParams(search).get('q') ?? ''} search={search} />;
}

function renderList(index: CorpusIndex, url: string) {
  const router = createMemoryRouter([{ path: '*', element: <ListAtLocation index={index} /> }], {
    initialEntries: [url],
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('StoryList pages', () => {
  const index = manyStoriesIndex(3, 40); // 120 stories: pages of 50, 50, 20

  test('at the seed’s size: every story, no page links', () => {
    renderList(fixtureIndex, '/');
    expect(screen.getAllByRole('article')).toHaveLength(fixtureIndex.stories.length);
    expect(screen.queryByRole('navigation', { name: 'Pages of stories' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(`${fixtureIndex.stories.length} stories in 1 digest`);
  });

  test('?page=2: stories 51–100 only, page links that keep the filter', () => {
    renderList(index, '/?person=vladimir-putin&page=2');
    expect(screen.getByRole('status').textContent).toBe('Stories 51–100 of 120 in 3 digests');
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(50);
    expect(cards[0]!.getAttribute('aria-labelledby')).toBe('card-d2-s11');
    // a story's link carries the filter but not the list page
    expect(within(cards[0]!).getByRole('link').getAttribute('href')).toBe(
      '/story/d2-s11?person=vladimir-putin',
    );
    const pages = screen.getByRole('navigation', { name: 'Pages of stories' });
    expect(within(pages).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(within(pages).getByRole('link', { name: 'Page 1' }).getAttribute('href')).toBe(
      '/?person=vladimir-putin',
    );
    expect(within(pages).getByRole('link', { name: 'Page 3' }).getAttribute('href')).toBe(
      '/?person=vladimir-putin&page=3',
    );
    expect(
      within(pages)
        .getByRole('link', { name: /Previous/ })
        .getAttribute('rel'),
    ).toBe('prev');
    expect(within(pages).getByRole('link', { name: /Next/ }).getAttribute('rel')).toBe('next');
  });

  test('a page past the end shows the last page; the last page has no Next', () => {
    renderList(index, '/?page=7');
    expect(screen.getByRole('status').textContent).toBe('Stories 101–120 of 120 in 3 digests');
    expect(screen.getAllByRole('article')).toHaveLength(20);
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull();
  });

  test('following Next (keyboard) opens the next page and moves focus to its top', async () => {
    const user = userEvent.setup();
    const router = renderList(index, '/');
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull();
    screen.getByRole('link', { name: /Next/ }).focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByRole('status').textContent).toBe('Stories 51–100 of 120 in 3 digests');
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  test('the headline query narrows first, then pages', () => {
    renderList(index, '/?q=story%2012');
    expect(screen.getByRole('status').textContent).toBe('3 of 120 stories match “story 12”');
    renderList(index, '/?q=digest&page=3');
    expect(screen.getAllByRole('status')[1]!.textContent).toBe('Stories 101–120 of 120 matching “digest”');
  });
});
