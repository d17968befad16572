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
  Element.prototype.scrollIntoView = vi.fn();
});

const paragraphIds = () => [...document.querySelectorAll('main p[id^="p-"]')].map((p) => p.id);

describe('filtered views', () => {
  test('/ lists only the matching stories, with counts and how many are hidden', async () => {
    renderApp('/?person=sergei-shoigu');
    await findH1('Stories');
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toEqual([`card-${azovstal.id}`]);
    expect(within(main).getByText('1 matching paragraph')).toBeTruthy();
    expect(within(main).getByText(/2 stories hidden by the filter/)).toBeTruthy();
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(within(outline).getAllByRole('link')).toHaveLength(1);
  });

  test('the filter panel in the aside changes the list through the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await findH1('Stories');
    const panel = screen.getByRole('complementary', { name: 'Filter' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Reuters' }));
    expect(router.state.location.search).toBe('?organization=reuters');
    await waitFor(() => expect(within(screen.getByRole('main')).getAllByRole('article')).toHaveLength(1), {
      timeout: 20_000,
    });
  });

  test('an empty "all" result offers "any" in one click on /', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?person=sergei-shoigu&place=mariupol');
    await findH1('Stories');
    const main = screen.getByRole('main');
    expect(within(main).queryAllByRole('article')).toHaveLength(0);
    expect(await within(main).findByText(/No paragraph names all of them/)).toBeTruthy();
    await user.click(within(main).getByRole('button', { name: 'Match any of them' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('match')).toBe('any'));
    await waitFor(() => expect(within(main).getAllByRole('article').length).toBeGreaterThan(0));
    expect(within(main).queryByText(/No paragraph names all of them/)).toBeNull();
  });

  test('a story with no paragraph naming all of the filter offers "any" too', async () => {
    renderApp(`/story/${azovstal.id}?person=sergei-shoigu&place=mariupol`);
    await findH1(azovstal.title);
    expect(screen.getByText('No paragraph of this story matches the filter.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Match any of them' })).toBeTruthy();
  });

  test('an empty ?person= is no notice', async () => {
    renderApp('/?person=');
    await findH1('Stories');
    expect(screen.queryByText(/No person/)).toBeNull();
  });

  test('an unknown slug shows a notice and the rest of the filter applies', async () => {
    renderApp('/?person=nobody&place=russia');
    await findH1('Stories');
    expect(
      screen.getByText('No person ‘nobody’ in this corpus; the rest of the filter applies.'),
    ).toBeTruthy();
    expect(within(screen.getByRole('main')).getAllByRole('article')).toHaveLength(2);
  });

  test('a story shows only the matching paragraphs; the others fold and open in place', async () => {
    const user = userEvent.setup();
    renderApp(`/story/${azovstal.id}?place=mariupol`);
    await findH1(azovstal.title);
    expect(paragraphIds()).toEqual(['p-3', 'p-12', 'p-17']);
    expect(screen.getByText('3 of 7 paragraphs match the filter.')).toBeTruthy();
    const folds = screen.getAllByRole('button', { name: /hidden by the filter/ });
    expect(folds.map((b) => b.textContent)).toEqual([
      '2 paragraphs hidden by the filtershow',
      '1 paragraph hidden by the filtershow',
      '1 paragraph hidden by the filtershow',
    ]);
    await user.click(folds[0]!);
    expect(paragraphIds()).toEqual(['p-3', 'p-5', 'p-7', 'p-12', 'p-17']);
    expect(document.activeElement?.id).toBe('p-5');
  });

  test('the navigator steps through the filtered mentions with n and N', async () => {
    const user = userEvent.setup();
    renderApp(`/story/${azovstal.id}?person=vladimir-putin`);
    await findH1(azovstal.title);
    const navigator = screen.getByRole('group', { name: 'Mentions of Vladimir Putin' });
    expect(within(navigator).getByText('2 mentions')).toBeTruthy();
    await user.keyboard('n');
    expect(within(navigator).getByText('1 of 2')).toBeTruthy();
    expect(document.activeElement?.closest('p')?.id).toBe('p-7');
    expect(document.activeElement?.closest('mark')?.hasAttribute('data-current')).toBe(true);
    await user.keyboard('n');
    expect(document.activeElement?.closest('p')?.id).toBe('p-10');
    await user.keyboard('N');
    expect(within(navigator).getByText('1 of 2')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Vladimir Putin' })).toBeNull();
  });

  test('the active filter shows as chips in the reading column, each removable', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?person=sergei-shoigu&exclude=place:russia');
    await findH1('Stories');
    const chips = screen.getByRole('list', { name: 'Active filter' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['●Sergei Shoigu×', '▲not Russia×', 'all in one paragraph']);
    await user.click(within(chips).getByRole('button', { name: 'Remove Sergei Shoigu from the filter' }));
    expect(router.state.location.search).toBe('?exclude=place%3Arussia');
  });
});
