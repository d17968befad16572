import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/components/entities/filter-panel.tsx';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';
import { renderWithRouter } from './render-with-router.tsx';

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
    expect(count(/Places/, 'Mariupol')).toBe('2');
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
    within(facet(/Places/))
      .getByRole('button', { name: 'Exclude Russia' })
      .focus();
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
});
