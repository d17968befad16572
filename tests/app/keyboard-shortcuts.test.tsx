import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal, fixtureIndex } from './fixture-corpus.ts';
import { findH1, renderApp } from './render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
});

const second = fixtureIndex.stories[1]!;

describe('keyboard shortcuts', () => {
  test('j and k move to the next and previous section', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/story/${azovstal.id}?person=vladimir-putin`);
    await findH1();
    await user.keyboard('j');
    await screen.findByText('2 of 3');
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/it-contains-thousands-of-fighters`);
    expect(router.state.location.search).toBe('?person=vladimir-putin');
    await user.keyboard('j');
    await screen.findByText('3 of 3');
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/strategic-goal`);
    await user.keyboard('j'); // the last section: stays
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/strategic-goal`);
    await user.keyboard('k');
    await screen.findByText('2 of 3');
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/it-contains-thousands-of-fighters`);
    // Focus lands on the section's heading, so keyboard and screen-reader users are where they went.
    expect(document.activeElement?.textContent).toBe('It contains thousands of fighters');
  });

  test('] and [ move to the next and previous story', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/story/${azovstal.id}/strategic-goal`);
    await findH1();
    await user.keyboard(']');
    await findH1(second.title);
    expect(router.state.location.pathname).toBe(`/story/${second.id}`);
    await user.keyboard('[['); // '[' escaped for user-event
    await findH1(azovstal.title);
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);
  });

  test('/ focuses the search field without typing into it; shortcuts are quiet while typing', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/story/${azovstal.id}`);
    await findH1();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search stories' });
    expect(document.activeElement).toBe(search);
    expect(search).toHaveProperty('value', '');
    await user.keyboard('jk?');
    expect(search).toHaveProperty('value', 'jk?');
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('? opens the shortcut help; Esc closes it and focus returns', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await findH1();
    const button = screen.getByRole('button', { name: /Shortcuts/ });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.getByText('Next section')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  test('modified keys are left to the browser', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/story/${azovstal.id}`);
    await findH1();
    await user.keyboard('{Control>}j{/Control}');
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);
  });
});
