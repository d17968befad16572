import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { findH1, renderApp, seededQueryClient } from '../app/render-app.tsx';
import { insightBodies, insightIndex } from '../core/insights/insight-fixture.ts';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index.json', version: 'insight-test' },
}));

beforeEach(() => {
  window.scrollTo = vi.fn();
});

const insightClient = () => seededQueryClient({ index: insightIndex, bodies: insightBodies });

const region = (name: RegExp) => screen.getByRole('region', { name });

describe('/insights', () => {
  test('renders the timeline, money table, network and map of the whole corpus', async () => {
    renderApp('/insights', insightClient());
    await findH1('Insights');
    const timeline = region(/^Timeline$/);
    const items = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')?.textContent);
    expect(items).toEqual([
      '2014',
      '2014',
      'March 2022',
      '24 February (year not given)',
      '8 April (year not given)',
    ]);
    const first = within(timeline).getAllByRole('link')[0];
    expect(first?.getAttribute('href')).toBe('/story/azovstal/history#p-8');

    const money = region(/^Money$/);
    const amounts = within(money)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')?.textContent);
    expect(amounts).toEqual(['€121,000,000', '€2,400,000', '£2,000,000']);

    const network = region(/Named together/);
    expect(within(network).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Co-mention network of 6 entities/,
    );
    expect(within(network).getByRole('button', { name: 'Vladimir Putin, person, 2 mentions' })).toBeTruthy();

    const map = region(/Places on the map/);
    expect(within(map).getByRole('img').getAttribute('aria-label')).toBe(
      'Map of 2 places; most mentioned: Mariupol (2), Russia (2).',
    );
    expect(
      within(map).getByRole('button', { name: 'Mariupol, place, 2 mentions' }).getAttribute('tabindex'),
    ).toBe('0');
    expect(within(map).getByRole('button', { name: /Azovstal/ })).toBeTruthy();
    expect(within(map).getByRole('table', { name: /Places on the map/ })).toBeTruthy();
  }, 20_000);

  test('sorts the money table by story and back', async () => {
    const user = userEvent.setup();
    renderApp('/insights', insightClient());
    await findH1('Insights');
    const money = region(/^Money$/);
    await user.click(within(money).getByRole('button', { name: /Story/ }));
    const surfaces = () =>
      within(money)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelectorAll('td')[2]?.textContent);
    expect(surfaces()).toEqual(['€ 121m', '£ 2 million', '€ 2.4 million']);
    expect(within(money).getByRole('columnheader', { name: /Story/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  }, 20_000);

  test('covers only the filtered paragraphs and carries the filter in its links', async () => {
    renderApp('/insights?person=sergei-shoigu', insightClient());
    await findH1('Insights');
    expect(screen.getByText('Filtered: 1 paragraph in 1 story.')).toBeTruthy();
    const timeline = region(/^Timeline$/);
    const links = within(timeline).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/story/azovstal/lead?person=sergei-shoigu#p-5',
    ]);
    expect(within(region(/^Money$/)).getByText('No amounts of money in these paragraphs.')).toBeTruthy();
  }, 20_000);

  test('a network node and a map marker add their entity to the filter (click and Enter)', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/insights', insightClient());
    await findH1('Insights');
    await user.click(
      within(region(/Named together/)).getByRole('button', { name: /^Sergei Shoigu, person/ }),
    );
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('person')).toEqual(['sergei-shoigu']),
    );
    const marker = await within(region(/Places on the map/)).findByRole('button', {
      name: /^Mariupol, place/,
    });
    marker.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('place')).toEqual(['mariupol']),
    );
    expect(router.state.location.pathname).toBe('/insights');
  }, 20_000);

  test('the header links to it', async () => {
    renderApp('/insights', insightClient());
    await findH1('Insights');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Insights' }).getAttribute('href'),
    ).toBe('/insights');
  }, 20_000);
});
