import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

beforeEach(() => {
  window.scrollTo = vi.fn();
});

const names = (group: HTMLElement) =>
  within(group)
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('/entities', () => {
  test('lists every entity grouped by type, by mentions, each linking to its page', async () => {
    renderApp('/entities');
    await findH1('Entities');
    const main = screen.getByRole('main');
    expect(names(within(main).getByRole('region', { name: /People/ }))).toEqual([
      'Vladimir Putin',
      'Sergei Shoigu',
    ]);
    expect(names(within(main).getByRole('region', { name: /Places/ }))).toEqual(['Mariupol', 'Russia']);
    expect(within(main).getByRole('link', { name: 'Reuters' }).getAttribute('href')).toBe(
      '/entity/organization/reuters',
    );
    expect(within(main).getByRole('status').textContent).toBe('5 entities in 3 stories');
  });

  test('sorts by name and finds by name, both kept in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/entities');
    await findH1('Entities');
    const main = screen.getByRole('main');
    await user.click(within(main).getByRole('radio', { name: 'name' }));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('name');
    await waitFor(() =>
      expect(names(within(main).getByRole('region', { name: /People/ }))).toEqual([
        'Sergei Shoigu',
        'Vladimir Putin',
      ]),
    );
    await user.type(within(main).getByRole('searchbox', { name: 'Find an entity' }), 'rus');
    expect(new URLSearchParams(router.state.location.search).get('find')).toBe('rus');
    await waitFor(() => expect(within(main).queryByRole('region', { name: /People/ })).toBeNull());
    // "ru" already hides every person: wait for the list of the last keystroke before reading its count
    await waitFor(() =>
      expect(within(main).getByRole('status').textContent).toBe('1 entity of 5 match “rus”'),
    );
    expect(names(within(main).getByRole('region', { name: /Places/ }))).toEqual(['Russia']);
  });

  test('the header links to it', async () => {
    renderApp('/');
    await findH1('Stories');
    const nav = screen.getByRole('banner');
    expect(within(nav).getByRole('link', { name: 'Entities' }).getAttribute('href')).toBe('/entities');
  });
});

describe('/entity/:type/:slug', () => {
  test('shows the entity, its stories, the entities named with it and every mention in context', async () => {
    renderApp('/entity/person/vladimir-putin');
    await findH1('Vladimir Putin');
    const main = screen.getByRole('main');
    expect(within(main).getByText('person')).toBeTruthy();
    const stories = within(main).getByRole('region', { name: 'Stories' });
    expect(
      within(stories)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      `/story/${azovstal.id}?person=vladimir-putin`,
      '/story/kyiv-waits-for-embassies?person=vladimir-putin',
    ]);
    // counts say what they count, as the facets (paragraphs) and insights (mentions in paragraphs) do
    expect(main.textContent).toMatch(
      /\d+ mentions? in \d+ stor(y|ies)(: \d+ in \d+ paragraphs?, \d+ in headlines or sub-headings|, in 3 paragraphs)\./,
    );
    expect(within(stories).getAllByText(/mentions? in paragraphs$/)).toHaveLength(2);
    const related = within(main).getByRole('region', { name: 'Named most often with Vladimir Putin' });
    expect(within(related).getByRole('link', { name: 'Sergei Shoigu' }).getAttribute('href')).toBe(
      '/entity/person/sergei-shoigu',
    );
    const context = within(main).getByRole('region', { name: 'Every mention in context' });
    const lines = within(context).getAllByRole('link');
    expect(lines.map((a) => a.getAttribute('href'))).toEqual([
      `/story/${azovstal.id}/lead?person=vladimir-putin#p-7`,
      `/story/${azovstal.id}/it-contains-thousands-of-fighters?person=vladimir-putin#p-10`,
      '/story/kyiv-waits-for-embassies/diplomacy?person=vladimir-putin#p-30',
    ]);
    expect(lines[0]?.querySelector('mark')?.textContent).toBe('Vladimir Putin');
    expect(lines[0]?.textContent).toContain('Russian President Vladimir Putin has ordered');
    expect(
      within(main)
        .getByRole('link', { name: /Show only the stories/ })
        .getAttribute('href'),
    ).toBe('/?person=vladimir-putin');
  });

  test('a mention-in-context link lands on the paragraph with the entity filtered', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/entity/person/sergei-shoigu');
    await findH1('Sergei Shoigu');
    const context = screen.getByRole('region', { name: 'Every mention in context' });
    await user.click(within(context).getAllByRole('link')[0]!);
    await findH1(azovstal.title);
    expect(router.state.location.hash).toBe('#p-10');
    expect(document.getElementById('p-10')).not.toBeNull();
    expect(
      screen.getByRole('button', { name: 'Sergei Shoigu, person' }).closest('mark')?.className,
    ).toContain('is-active');
  });

  test('an unknown entity says so', async () => {
    renderApp('/entity/person/nobody');
    await findH1('Entity not found');
    expect(screen.getByText(/No person ‘nobody’ in this corpus/)).toBeTruthy();
  });
});
