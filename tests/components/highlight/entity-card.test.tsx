import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../src/components/highlight/highlighted-text.tsx';
import type { Mention } from '../../../src/core/schema.ts';
import { renderWithRouter } from '../entities/render-with-router.tsx';

const TEXT = 'Putin told Shoigu.';
const MENTIONS: Mention[] = [
  { start: 0, end: 5, entityId: 'person:vladimir-putin', rule: 't' },
  { start: 11, end: 17, entityId: 'person:sergei-shoigu', rule: 't' },
];

function setup(url = '/story/x') {
  const user = userEvent.setup();
  const view = renderWithRouter(
    <>
      <button type="button">before</button>
      <p>
        <HighlightedText text={TEXT} mentions={MENTIONS} />
      </p>
    </>,
    url,
  );
  return { user, ...view };
}

describe('EntityCard', () => {
  it('opens on focus without taking focus, shows type, name, aliases and counts', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    const putin = screen.getByRole('button', { name: 'Vladimir Putin, person' });
    expect(document.activeElement).toBe(putin);
    const card = screen.getByRole('group', { name: 'Vladimir Putin' });
    expect(putin.getAttribute('aria-expanded')).toBe('true');
    expect(putin.getAttribute('aria-controls')).toBe(card.id);
    expect(card.textContent).toContain('person');
    expect(card.textContent).toContain('Also: Putin');
    expect(card.textContent).toContain('3 mentions in 1 story');
    expect(document.activeElement).toBe(putin);
  });

  it('closes on Escape, also from inside the card, and gives focus back to the mention', async () => {
    const { user } = setup();
    const putin = screen.getByRole('button', { name: 'Vladimir Putin, person' });
    putin.focus();
    await screen.findByRole('group', { name: 'Vladimir Putin' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(putin);

    await user.click(putin);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Filter by this');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(putin);
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const { user } = setup();
    await user.hover(screen.getByRole('button', { name: 'Sergei Shoigu, person' }));
    expect(await screen.findByRole('group', { name: 'Sergei Shoigu' })).toBeTruthy();
    await user.unhover(screen.getByRole('button', { name: 'Sergei Shoigu, person' }));
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
  });

  it('"Filter by this" adds the entity to the URL and keeps the rest', async () => {
    const { user, router } = setup('/story/x?place=mariupol&q=siege');
    await user.click(screen.getByRole('button', { name: 'Vladimir Putin, person' }));
    await user.click(screen.getByRole('link', { name: 'Filter by this' }));
    expect(router.state.location.pathname).toBe('/story/x');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('person')).toEqual(['vladimir-putin']);
    expect(params.getAll('place')).toEqual(['mariupol']);
    expect(params.get('q')).toBe('siege');
  });

  it('says when the entity is already in the filter, and links to the entity page', async () => {
    const { user } = setup('/story/x?person=vladimir-putin');
    await user.click(screen.getByRole('button', { name: 'Vladimir Putin, person' }));
    expect(screen.queryByRole('link', { name: 'Filter by this' })).toBeNull();
    expect(screen.getByText('In the filter')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open entity page' }).getAttribute('href')).toBe(
      '/entity/person/vladimir-putin',
    );
  });
});
