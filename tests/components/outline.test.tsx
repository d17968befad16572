import { within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { azovstal, fixtureIndex } from '../app/fixture-corpus.ts';
import { renderOutline } from './outline/render-outline.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

describe('Outline', () => {
  test('lists every story; only the current one shows its sections', () => {
    const nav = renderOutline(fixtureIndex, {
      currentStoryId: azovstal.id,
      currentSectionId: 'strategic-goal',
    });
    for (const story of fixtureIndex.stories)
      expect(within(nav).getByRole('link', { name: story.title })).toBeTruthy();
    const sections = within(nav).getByRole('list', { name: `Sections of ‘${azovstal.title}’` });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Lead', 'It contains thousands of fighters', 'strategic goal']);
    expect(within(nav).queryByText('Diplomacy')).toBeNull();
  });

  test('marks the current section with aria-current="location" and the story with "page"', () => {
    const nav = renderOutline(fixtureIndex, {
      currentStoryId: azovstal.id,
      currentSectionId: 'strategic-goal',
    });
    const current = nav.querySelectorAll('[aria-current="location"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toBe('strategic goal');
    expect(within(nav).getByRole('link', { name: azovstal.title }).getAttribute('aria-current')).toBe('page');
  });

  test('links carry the query string', () => {
    const nav = renderOutline(fixtureIndex, {
      currentStoryId: azovstal.id,
      search: '?place=mariupol&match=any',
    });
    expect(within(nav).getByRole('link', { name: 'strategic goal' }).getAttribute('href')).toBe(
      `/story/${azovstal.id}/strategic-goal?place=mariupol&match=any`,
    );
  });

  test('without a current story nothing is marked', () => {
    const nav = renderOutline(fixtureIndex, {});
    expect(nav.querySelector('[aria-current]')).toBeNull();
    expect(within(nav).queryByRole('list', { name: /Sections of/ })).toBeNull();
  });
});
