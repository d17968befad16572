import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';
import { closestHeadlines, similarity } from '../../src/components/not-found/closest-headlines.ts';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.scrollTo = vi.fn();
});

describe('not found', () => {
  test('an unknown story offers the closest headlines and a link home', async () => {
    renderApp('/story/zelensky-adviser-storm-azovstl');
    const h1 = await findH1('Story not found');
    expect(h1).toBeTruthy();
    const main = screen.getByRole('main');
    const suggestions = within(main).getAllByRole('listitem');
    expect(suggestions[0]?.textContent).toBe(azovstal.title);
    expect(within(main).getByRole('link', { name: 'Back to all stories' }).getAttribute('href')).toBe('/');
    // the title is set in an effect, which a loaded machine may run after the heading is found
    await waitFor(() => expect(document.title).toBe('Story not found — Digest Explorer'));
  });

  test('an unknown section names the story and lists its sections', async () => {
    renderApp(`/story/${azovstal.id}/no-such-section`);
    await findH1('Section not found');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'strategic goal' }).getAttribute('href')).toBe(
      `/story/${azovstal.id}/strategic-goal`,
    );
  });

  test('an unknown path gets the catch-all page', async () => {
    renderApp('/nowhere/at-all');
    await findH1('Page not found');
    expect(screen.getByText('nowhere/at-all')).toBeTruthy();
  });

  test.each([
    ['azovstal', 'Zelensky’s adviser: Russian forces attempt to storm Azovstal'],
    ['kyiv embassy', 'Kyiv waits for embassies'],
    ['european sanctions arms', 'Despite the sanctions, these European countries sold arms to Russia!'],
  ])('closestHeadlines(%j) puts %j first', (wanted, expected) => {
    const stories = [
      { id: 'a', title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal' },
      { id: 'b', title: 'Despite the sanctions, these European countries sold arms to Russia!' },
      { id: 'c', title: 'Kyiv waits for embassies' },
    ];
    expect(closestHeadlines(wanted, stories)[0]?.title).toBe(expected);
  });

  test('similarity is 1 for the same text and 0 for nothing shared', () => {
    expect(similarity('Mariupol', 'mariupol')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
