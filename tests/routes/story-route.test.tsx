import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { azovstal } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'test-version' },
}));

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
});

describe('/story/:storyId', () => {
  test('renders the headline, sections and paragraphs with their ids', async () => {
    const { container } = renderApp(`/story/${azovstal.id}`);
    const h1 = await findH1();
    expect(h1.textContent).toBe(azovstal.title);
    const sections = container.querySelectorAll('article > section');
    expect([...sections].map((s) => s.id)).toEqual([
      'lead',
      'it-contains-thousands-of-fighters',
      'strategic-goal',
    ]);
    // The untitled lead has no visible heading; the others have an h2.
    expect(sections[0]?.querySelector('h2')).toBeNull();
    expect(within(sections[2] as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(
      'strategic goal',
    );
    const p = container.querySelector('p#p-15');
    expect(p?.textContent).toMatch(/^This region was a strategic target/);
    expect(p?.getAttribute('dir')).toBe('auto');
    // the title is set in an effect, which a loaded machine may run after the heading is found
    await waitFor(() => expect(document.title).toBe(`${azovstal.title} — Digest Explorer`));
  });

  test('shows the source and the digest line for citation', async () => {
    renderApp(`/story/${azovstal.id}`);
    await findH1();
    expect(screen.getByText('Al-Madina News')).toBeTruthy();
    expect(screen.getByText('digest-one.txt, line 1')).toBeTruthy();
  });

  test('a section URL marks the section as current and scrolls to it', async () => {
    const { container } = renderApp(`/story/${azovstal.id}/strategic-goal`);
    await findH1();
    // the section is marked and scrolled to in effects, which a loaded machine may run after the heading is found
    await waitFor(() => {
      const section = container.querySelector('section#strategic-goal');
      expect(section?.getAttribute('data-current')).toBe('true');
      expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    });
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    const current = await within(outline).findByRole('link', { current: 'location' });
    expect(current.textContent).toBe('strategic goal');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Stories', azovstal.title, 'strategic goal']);
    // the title is set in an effect, which a loaded machine may run after the heading is found
    await waitFor(() => expect(document.title).toBe(`strategic goal — ${azovstal.title} — Digest Explorer`));
  });

  test('a paragraph hash marks the paragraph', async () => {
    const { container } = renderApp(`/story/${azovstal.id}/strategic-goal#p-17`);
    await findH1();
    expect(container.querySelector('#p-17')?.parentElement?.classList.contains('is-target')).toBe(true);
    expect(container.querySelector('#p-15')?.parentElement?.classList.contains('is-target')).toBe(false);
  });

  test('links to the previous and next section and story with rel', async () => {
    renderApp(`/story/${azovstal.id}/it-contains-thousands-of-fighters?person=vladimir-putin`);
    await findH1();
    const pager = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(pager).getByRole('link', { name: 'Previous section: Lead' }).getAttribute('href')).toBe(
      `/story/${azovstal.id}/lead?person=vladimir-putin`,
    );
    expect(
      within(pager).getByRole('link', { name: 'Next section: strategic goal' }).getAttribute('rel'),
    ).toBe('next');
    const stories = screen.getByRole('navigation', { name: 'Stories' });
    const next = within(stories).getByRole('link', { name: /Next story/ });
    expect(next.getAttribute('rel')).toBe('next');
    expect(next.getAttribute('href')).toBe(
      '/story/despite-the-sanctions-these-european-countries-sold-arms-to-russia?person=vladimir-putin',
    );
  });

  test('copy-link buttons copy the absolute URL with the query string and confirm politely', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    renderApp(`/story/${azovstal.id}?place=mariupol`);
    await findH1();
    await user.click(screen.getByRole('button', { name: 'Copy link to section ‘strategic goal’' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/story/${azovstal.id}/strategic-goal?place=mariupol`,
    );
    expect(await screen.findByText('Link copied to the clipboard')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy link to paragraph at line 17' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/story/${azovstal.id}/strategic-goal?place=mariupol#p-17`,
    );
  });
});
