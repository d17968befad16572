import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

vi.setConfig({ testTimeout: 20_000 });

/** Every IntersectionObserver callback the page registered, to fire by hand. */
const observers: (() => void)[] = [];

class FakeIntersectionObserver {
  constructor(private readonly callback: () => void) {
    observers.push(() => this.callback());
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

/** Puts each section's top where the reader has scrolled: sections above the line are "passed". */
function scrollTo(passed: readonly string[]) {
  for (const section of document.querySelectorAll('article > section')) {
    const top = passed.includes(section.id) ? -100 : 600;
    section.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 600, height: 300 });
  }
  act(() => {
    observers.forEach((fire) => fire());
  });
}

beforeEach(() => {
  observers.length = 0;
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  window.innerHeight = 800;
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'onscrollend');
});

describe('scroll spy', () => {
  test('the URL and the outline follow the section being read, replacing the history entry', async () => {
    const { router } = renderApp(`/story/${azovstal.id}?person=vladimir-putin`);
    await findH1();
    // Before the reader scrolls, nothing changes (a deep link keeps its section).
    scrollTo(['lead', 'it-contains-thousands-of-fighters']);
    await new Promise((r) => setTimeout(r, 50));
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);

    window.dispatchEvent(new Event('wheel'));
    scrollTo(['lead', 'it-contains-thousands-of-fighters']);
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/it-contains-thousands-of-fighters`),
    );
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.search).toBe('?person=vladimir-putin');
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    await vi.waitFor(() =>
      expect(outline.querySelector('[aria-current="location"]')?.textContent).toBe(
        'It contains thousands of fighters',
      ),
    );
  });

  test('scrolling keys arm the spy; other keys (shortcuts among them) do not', async () => {
    const { router } = renderApp(`/story/${azovstal.id}`);
    await findH1();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
    scrollTo(['lead', 'it-contains-thousands-of-fighters', 'strategic-goal']);
    await new Promise((r) => setTimeout(r, 50));
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    scrollTo(['lead', 'it-contains-thousands-of-fighters', 'strategic-goal']);
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/strategic-goal`),
    );
  });

  test('a click on a link is not the reader scrolling: its mousedown does not arm the spy', async () => {
    const { router } = renderApp(`/story/${azovstal.id}`);
    await findH1();
    const link = screen.getByRole('navigation', { name: 'Outline' }).querySelector('a');
    link?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    scrollTo(['lead', 'it-contains-thousands-of-fighters', 'strategic-goal']);
    await new Promise((r) => setTimeout(r, 300)); // past the rest of the deep link's jump
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}`);
    // A press elsewhere (the scrollbar) is.
    document.documentElement.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    scrollTo(['lead', 'it-contains-thousands-of-fighters', 'strategic-goal']);
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/strategic-goal`),
    );
  });

  test('while a jump is scrolling, the spy waits for scrollend even when the reader scrolls', async () => {
    Object.defineProperty(window, 'onscrollend', { value: null, configurable: true, writable: true });
    const { router } = renderApp(`/story/${azovstal.id}`);
    await findH1();
    await act(() => router.navigate(`/story/${azovstal.id}/strategic-goal`));
    // The smooth scroll is under way (a scroll event came), and the reader's wheel arms the spy mid-way.
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('wheel'));
    scrollTo(['lead']);
    await new Promise((r) => setTimeout(r, 300));
    expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/strategic-goal`);
    // At rest, the section in view is reported.
    scrollTo(['lead', 'it-contains-thousands-of-fighters']);
    act(() => {
      window.dispatchEvent(new Event('scrollend'));
    });
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/story/${azovstal.id}/it-contains-thousands-of-fighters`),
    );
  });
});
