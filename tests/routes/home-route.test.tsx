import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal, fixtureIndex } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.scrollTo = vi.fn();
});

describe('/', () => {
  test('lists every story with its first sentence, size and top people and places', async () => {
    renderApp('/');
    expect((await findH1()).textContent).toBe('Stories');
    const main = screen.getByRole('main');
    for (const story of fixtureIndex.stories) {
      const link = within(main).getByRole('link', { name: story.title });
      expect(link.getAttribute('href')).toBe(`/story/${story.id}`);
    }
    const card = within(main).getByRole('article', { name: azovstal.title });
    expect(within(card).getByText(azovstal.firstSentence)).toBeTruthy();
    expect(within(card).getByText('3 sections')).toBeTruthy();
    expect(within(card).getByText('1 min read')).toBeTruthy();
    // Vladimir Putin is in two paragraphs, Sergei Shoigu in one.
    expect(within(card).getByText('Vladimir Putin, Sergei Shoigu')).toBeTruthy();
    expect(within(card).getByText('Mariupol, Russia')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Stories — Digest Explorer'));
  });

  test('story links carry the filters in the query string', async () => {
    renderApp('/?person=vladimir-putin');
    await findH1();
    const link = within(screen.getByRole('main')).getByRole('link', { name: azovstal.title });
    expect(link.getAttribute('href')).toBe(`/story/${azovstal.id}?person=vladimir-putin`);
  });

  test('?q= in the URL narrows the headlines (the header box now opens full-text search)', async () => {
    renderApp('/?q=kyiv');
    await findH1();
    const main = screen.getByRole('main');
    expect(await within(main).findByText('1 of 3 stories match “kyiv”')).toBeTruthy();
    expect(within(main).getAllByRole('article')).toHaveLength(1);
  });

  test('hovering a story link prefetches its body', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderApp('/');
    await findH1();
    const prefetch = vi.spyOn(queryClient, 'prefetchQuery');
    await user.hover(within(screen.getByRole('main')).getByRole('link', { name: azovstal.title }));
    expect(prefetch).toHaveBeenCalledWith(
      expect.objectContaining({ queryKey: ['corpus', 'test-version', 'story', azovstal.id] }),
    );
  });
});
