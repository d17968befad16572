import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EntityMarksProvider } from '../../../src/components/highlight/entity-marks-provider.tsx';
import { FilterPanel } from '../../../src/components/filter/filter-panel.tsx';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';
import { renderWithRouter } from '../entities/render-with-router.tsx';

// user-event and a 300-row facet are slow on a loaded machine; no assertion is about time
vi.setConfig({ testTimeout: 30_000 });

function setup(url = '/', bodies = FIXTURE_BODIES, top = 8) {
  const user = userEvent.setup();
  const view = renderWithRouter(<FilterPanel index={FIXTURE_INDEX} bodies={bodies} top={top} />, url);
  const panel = screen.getByRole('complementary', { name: 'Filter' });
  const facet = (name: RegExp) => within(panel).getByRole('group', { name });
  const row = (facetName: RegExp, entity: string) => {
    const item = within(facet(facetName)).getByRole('checkbox', { name: entity }).closest('li');
    if (!item) throw new Error(`no row for ${entity}`);
    return item;
  };
  const count = (facetName: RegExp, entity: string) =>
    row(facetName, entity).querySelector('.facet__count [aria-hidden]')?.textContent;
  return { user, panel, facet, row, count, ...view };
}

describe('FilterPanel', () => {
  it('lists a facet per type with counts of paragraphs', () => {
    const { facet, count } = setup();
    expect(facet(/People/)).toBeTruthy();
    expect(facet(/Places/)).toBeTruthy();
    expect(facet(/Organizations/)).toBeTruthy();
    expect(count(/Places/, 'Mariupol')).toBe('5');
    expect(count(/People/, 'Vladimir Putin')).toBe('2');
  });

  it('checking a box puts the entity in the URL; counts follow the filter', async () => {
    const { user, facet, count, search } = setup();
    await user.click(within(facet(/Places/)).getByRole('checkbox', { name: 'Azovstal' }));
    expect(search().getAll('place')).toEqual(['azovstal']);
    expect(within(facet(/Places/)).getByRole('checkbox', { name: 'Azovstal' })).toHaveProperty(
      'checked',
      true,
    );
    // the box ticks at once; the counts follow when the navigation's transition commits
    await waitFor(() => expect(count(/Places/, 'Mariupol')).toBe('2'));
    expect(count(/People/, 'Vladimir Putin')).toBe('1');
    await user.click(within(facet(/People/)).getByRole('checkbox', { name: 'Vladimir Putin' }));
    expect(search().toString()).toBe('person=vladimir-putin&place=azovstal');
    await user.click(within(facet(/Places/)).getByRole('checkbox', { name: 'Azovstal' }));
    expect(search().toString()).toBe('person=vladimir-putin');
  });

  it('restores its state from the URL', () => {
    const { facet, panel } = setup('/?place=mariupol&match=any&exclude=place:azovstal&demonyms=1');
    expect(within(facet(/Places/)).getByRole('checkbox', { name: 'Mariupol' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(panel).getByRole('radio', { name: /any/ })).toHaveProperty('checked', true);
    expect(
      within(facet(/Places/))
        .getByRole('button', { name: 'Exclude Azovstal' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(within(panel).getByRole('checkbox', { name: /demonyms/ })).toHaveProperty('checked', true);
  });

  it('switches match all/any, excludes, includes demonyms and clears all, from the keyboard', async () => {
    const { user, panel, facet, search } = setup('/?person=vladimir-putin');
    within(panel).getByRole('radio', { name: /any/ }).focus();
    await user.keyboard(' ');
    expect(search().get('match')).toBe('any');
    (await within(facet(/Places/)).findByRole('button', { name: 'Exclude Russia' })).focus();
    await user.keyboard('{Enter}');
    expect(search().getAll('exclude')).toEqual(['place:russia']);
    within(panel)
      .getByRole('checkbox', { name: /demonyms/ })
      .focus();
    await user.keyboard(' ');
    expect(search().get('demonyms')).toBe('1');
    within(panel).getByRole('button', { name: 'Clear all' }).focus();
    await user.keyboard('{Enter}');
    expect(search().toString()).toBe('');
  });

  it('finds entities by name or alias inside the facets', async () => {
    const { user, panel, facet } = setup();
    await user.type(within(panel).getByRole('searchbox', { name: 'Find in the facets' }), 'eu');
    expect(
      within(facet(/Organizations/))
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-describedby') && c.closest('li')?.textContent?.split(/\d/)[0]),
    ).toEqual(['European Union']);
    expect(within(facet(/People/)).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(facet(/People/)).getByText('None match the search.')).toBeTruthy();
  });

  it('shows the top few and offers the rest', async () => {
    const { user, facet } = setup('/?place=russia', FIXTURE_BODIES, 3);
    const places = facet(/Places/);
    const names = () =>
      within(places)
        .getAllByRole('checkbox')
        .map((c) => c.closest('li')?.querySelector('.facet__name')?.textContent);
    // the selected one first, then the most frequent under the filter
    expect(names()).toEqual(['Russia', 'Ukraine', 'France']);
    await user.click(within(places).getByRole('button', { name: 'Show all 6 places' }));
    expect(names()).toHaveLength(6);
    await user.click(within(places).getByRole('button', { name: 'Show the top 3' }));
    expect(names()).toHaveLength(3);
  });

  it('under "all", offers the names that would leave nothing, greyed with the reason, and "any" in one click', async () => {
    const { user, panel, facet, row, count, search } = setup('/?person=vladimir-putin');
    // Aristovich shares no paragraph with Putin: listed, not tickable, and told why
    const aristovich = within(facet(/People/)).getByRole('checkbox', { name: 'Oleksiy Aristovich' });
    expect(aristovich).toHaveProperty('disabled', true);
    expect(count(/People/, 'Oleksiy Aristovich')).toBe('0');
    const note = within(panel).getByText(/Greyed names share no paragraph with all of the selection/);
    expect(aristovich.getAttribute('aria-describedby')).toContain(note.id);
    expect(row(/People/, 'Sergei Shoigu').querySelector('input')).toHaveProperty('disabled', false);
    await user.click(within(panel).getByRole('button', { name: 'Match any selected' }));
    expect(search().toString()).toBe('person=vladimir-putin&match=any');
    await waitFor(() =>
      expect(within(facet(/People/)).getByRole('checkbox', { name: 'Oleksiy Aristovich' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(within(panel).queryByText(/Greyed names/)).toBeNull();
  });

  it('says in the legend as many entities as "Show all" does, and what the row numbers count', () => {
    const { facet } = setup('/?place=russia', FIXTURE_BODIES, 3);
    const places = facet(/Places/);
    const legend = places.querySelector('legend')?.textContent ?? '';
    const more = within(places).getByRole('button', { name: /^Show all \d+ places$/ }).textContent ?? '';
    expect(legend).toMatch(/\((\d+)\)/);
    expect(more).toContain(` ${/\((\d+)\)/.exec(legend)?.[1]} places`);
    expect(places.querySelector('.facet__unit')?.textContent).toBe('paragraphs');
  });

  it('names values of the URL that match nothing only outside the panel, and still applies the rest', () => {
    const { facet } = setup('/?person=nobody&place=mariupol');
    expect(screen.queryByRole('status')).toBeNull();
    expect(within(facet(/Places/)).getByRole('checkbox', { name: 'Mariupol' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('counts demonyms only where bodies are loaded', () => {
    const { count } = setup('/?demonyms=1', new Map());
    expect(count(/Places/, 'Russia')).toBe('2');
  });

  it('ticks the box at once, while the navigation it starts is still loading; the counts follow it', async () => {
    let release = () => {};
    const gate = new Promise<null>((resolve) => (release = () => resolve(null)));
    // a route whose loader holds every filtered URL, as `/`'s does while the whole index loads
    const router = createMemoryRouter(
      [
        {
          path: '*',
          loader: ({ request }) => (new URL(request.url).search ? gate : null),
          element: (
            <EntityMarksProvider index={FIXTURE_INDEX}>
              <FilterPanel index={FIXTURE_INDEX} bodies={FIXTURE_BODIES} />
            </EntityMarksProvider>
          ),
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const places = await screen.findByRole('group', { name: /Places/ });
    const box = within(places).getByRole('checkbox', { name: 'Azovstal' });
    const mariupol = () =>
      within(places)
        .getByRole('checkbox', { name: 'Mariupol' })
        .closest('li')
        ?.querySelector('.facet__count [aria-hidden]')?.textContent;
    await userEvent.setup().click(box);
    expect(router.state.navigation.state).toBe('loading');
    expect(router.state.location.search).toBe('');
    expect(box).toHaveProperty('checked', true);
    expect(mariupol()).toBe('5');
    release();
    await waitFor(() => expect(mariupol()).toBe('2'));
    expect(router.state.location.search).toBe('?place=azovstal');
    expect(within(places).getByRole('checkbox', { name: 'Azovstal' })).toHaveProperty('checked', true);
  });
});

describe('FilterPanel at scale', () => {
  /** The fixture index with `extra` more people, each named in one paragraph of the first story. */
  function withManyPeople(extra: number) {
    const first = FIXTURE_INDEX.stories[0]!;
    const model = FIXTURE_INDEX.entities.find((e) => e.type === 'person')!;
    const people = Array.from({ length: extra }, (_, i) => ({
      ...model,
      id: `person:someone-${i + 1}`,
      name: `Someone ${i + 1}`,
      aliases: [`Someone ${i + 1}`],
      mentionCount: 1,
    }));
    const start = FIXTURE_INDEX.entities.length;
    const paragraphEntities = first.paragraphEntities.map((ids, p) =>
      p === 0 ? [...ids, ...people.map((_, i) => start + i)] : ids,
    );
    return {
      ...FIXTURE_INDEX,
      entities: [...FIXTURE_INDEX.entities, ...people],
      stories: [{ ...first, paragraphEntities }, ...FIXTURE_INDEX.stories.slice(1)],
    };
  }

  it('lists the top rows, and "Show all" or a search at most a hundred, saying where the rest are', async () => {
    const user = userEvent.setup();
    const index = withManyPeople(300);
    renderWithRouter(<FilterPanel index={index} top={8} />, '/?person=someone-250', index);
    const people = () =>
      within(screen.getByRole('complementary', { name: 'Filter' })).getByRole('group', { name: /People/ });
    // the selected one first, then the top 7
    expect(within(people()).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(people()).getAllByRole('checkbox')[0]!.getAttribute('aria-describedby')).toContain(
      'someone-250',
    );
    await user.click(within(people()).getByRole('button', { name: /Show all/ }));
    expect(within(people()).getAllByRole('checkbox')).toHaveLength(100);
    expect(
      within(people()).getByText(/99 of 30\d people shown; search the facets to find the others/),
    ).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Find in the facets' }), 'someone 1');
    // "Someone 1", "Someone 10…19", "Someone 100…199": 111 match (the selected one does not)
    expect(within(people()).getAllByRole('checkbox')).toHaveLength(100);
    expect(within(people()).getByText(/100 of 111 matching people shown; type more/)).toBeTruthy();
  });
});
