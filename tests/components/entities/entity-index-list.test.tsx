import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { entityIndexPage } from '../../../src/components/entities/entity-index-page.ts';
import { EntityIndexList } from '../../../src/components/entities/entity-index-list.tsx';
import type { CorpusIndex, EntitySummary } from '../../../src/core/schema.ts';
import { FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';
import { renderWithRouter } from './render-with-router.tsx';

beforeEach(() => {
  window.scrollTo = vi.fn();
});

const template = FIXTURE_INDEX.entities.find((e) => e.type === 'person') as EntitySummary;

/** An index of 1,000 people, "Person 0" most mentioned, then "Person 1", … */
function bigIndex(size = 1000): CorpusIndex {
  const entities = Array.from({ length: size }, (_, i) => ({
    ...template,
    id: `person:p${i}`,
    name: `Person ${i}`,
    aliases: [],
    mentionCount: size - i,
  }));
  return { ...FIXTURE_INDEX, entities };
}

const rows = () => within(screen.getByRole('region', { name: /People/ })).getAllByRole('listitem');
const rowNames = () => rows().map((li) => within(li).getByRole('link').textContent);

describe('EntityIndexList at scale', () => {
  test('renders at most 100 rows, and the right range on page 3', async () => {
    renderWithRouter(<EntityIndexList index={bigIndex()} />, '/entities?page=3', bigIndex());
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Entities 201–300 of 1,000');
    expect(rows()).toHaveLength(100);
    expect(rowNames()[0]).toBe('Person 200');
    expect(rowNames()[99]).toBe('Person 299');
    // the heading counts the type on every page, not this page's part
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('(1,000)');
    const nav = screen.getByRole('navigation', { name: 'Pages of entities' });
    expect(within(nav).getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Page 10' }).getAttribute('href')).toBe('/entities?page=10');
  });

  test('a page past the last shows the last page', async () => {
    renderWithRouter(<EntityIndexList index={bigIndex()} />, '/entities?page=99');
    expect((await screen.findByRole('status')).textContent).toBe('Entities 901–1,000 of 1,000');
    expect(rows()).toHaveLength(100);
  });

  test('page links keep find and sort, and focus the status on the new page', async () => {
    const user = userEvent.setup();
    const index = bigIndex();
    const { search } = renderWithRouter(
      <EntityIndexList index={index} />,
      '/entities?sort=name&find=person',
      index,
    );
    const nav = await screen.findByRole('navigation', { name: 'Pages of entities' });
    const next = within(nav).getByRole('link', { name: /Next/ });
    expect(next.getAttribute('href')).toBe('/entities?sort=name&find=person&page=2');
    await user.click(next);
    await waitFor(() => expect(search().get('page')).toBe('2'));
    expect(search().get('sort')).toBe('name');
    expect(search().get('find')).toBe('person');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Entities 101–200 of 1,000 matching “person”');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(rowNames()).toHaveLength(100);
  });

  test('a new find or order goes back to page 1', async () => {
    const user = userEvent.setup();
    const index = bigIndex();
    const { search } = renderWithRouter(<EntityIndexList index={index} />, '/entities?page=4', index);
    await screen.findByRole('status');
    await user.click(screen.getByRole('radio', { name: 'name' }));
    await waitFor(() => expect(search().get('sort')).toBe('name'));
    expect(search().get('page')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Entities 1–100 of 1,000');

    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Page 2' }));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await user.type(screen.getByRole('searchbox', { name: 'Find an entity' }), 'person 1');
    await waitFor(() => expect(search().get('find')).toBe('person 1'));
    expect(search().get('page')).toBeNull();
    // "Person 1", "Person 10"–"Person 19", "Person 100"–"Person 199": 111 of them
    expect(screen.getByRole('status').textContent).toBe('Entities 1–100 of 111 matching “person 1”');
  });

  test('a list that fits one page has no page links and the plain status', async () => {
    renderWithRouter(<EntityIndexList index={FIXTURE_INDEX} />, '/entities');
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe(
      `${FIXTURE_INDEX.entities.length} entities in ${FIXTURE_INDEX.stories.length} stories`,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('entityIndexPage', () => {
  test('a type split across pages shows its part on each, in type order, with its whole count', () => {
    const people = bigIndex(150).entities;
    const places = people.slice(0, 80).map((e, i) => ({ ...e, id: `place:q${i}`, type: 'place' as const }));
    const page2 = entityIndexPage([...places, ...people], '', 'mentions', 2);
    expect(page2).toMatchObject({ page: 2, pageCount: 3, first: 101, last: 200, total: 230 });
    expect(page2.groups.map((g) => [g.type, g.entities.length, g.total])).toEqual([
      ['person', 50, 150],
      ['place', 50, 80],
    ]);
    expect(page2.groups[0]?.entities[0]?.name).toBe('Person 100');
    expect(entityIndexPage([], '', 'name', 5)).toMatchObject({
      page: 1,
      pageCount: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });
});
