import { within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { manyStoriesIndex } from '../story-list/many-stories-index.ts';
import { renderOutline } from './render-outline.tsx';

// thousands of stories to bound, on a machine that may be busy; nothing here is about time
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

describe('Outline at scale', () => {
  const index = manyStoriesIndex(200, 25); // 5,000 stories

  test('reading a story: its digest open, three closed digests each side, the rest counted with a link to the list', () => {
    const nav = renderOutline(index, { currentStoryId: 'd100-s7', search: '?place=mariupol' });
    const links = within(nav).getAllByRole('link');
    // 25 stories, the current one's 3 sections, 6 closed digests, 2 "more" links: not 5,000
    expect(links).toHaveLength(36);
    expect(within(nav).getByRole('link', { name: 'Digest 100 story 7' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const closed = within(nav).getByRole('link', { name: 'digest-101.txt (25 stories)' });
    expect(closed.getAttribute('href')).toBe('/story/d101-s1?place=mariupol');
    // story 2,482 of 5,000 is on page 50 of the list
    expect(within(nav).getByRole('link', { name: '… 96 earlier digests' }).getAttribute('href')).toBe(
      '/?place=mariupol&page=50',
    );
    expect(within(nav).getByRole('link', { name: '… 97 more digests' }).getAttribute('href')).toBe(
      '/?place=mariupol&page=50',
    );
  });

  test('on /?page=3: the stories of that page of the list, and links without the page', () => {
    const nav = renderOutline(index, { search: '?page=3' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(50);
    expect(links[0]!.textContent).toBe('Digest 5 story 1');
    expect(links[0]!.getAttribute('href')).toBe('/story/d5-s1');
    expect(links.at(-1)!.textContent).toBe('Digest 6 story 25');
  });
});
