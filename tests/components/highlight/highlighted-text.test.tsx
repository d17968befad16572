import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EntityLegend } from '../../../src/components/highlight/entity-legend.tsx';
import { HighlightedText } from '../../../src/components/highlight/highlighted-text.tsx';
import type { Mention } from '../../../src/core/schema.ts';
import { renderWithRouter } from '../entities/render-with-router.tsx';

const m = (start: number, end: number, entityId: string): Mention => ({ start, end, entityId, rule: 't' });
const TEXT = 'Russian President Vladimir Putin met France Germany and the EU.';
const MENTIONS = [
  m(18, 32, 'person:vladimir-putin'),
  m(37, 43, 'place:france'),
  m(44, 51, 'place:germany'),
  m(60, 62, 'organization:european-union'),
];

function Paragraph({ text = TEXT, mentions = MENTIONS }: { text?: string; mentions?: Mention[] }) {
  return (
    <p data-testid="p">
      <HighlightedText text={text} mentions={mentions} />
    </p>
  );
}

describe('HighlightedText', () => {
  it.each<[string, string, Mention[], string[]]>([
    ['a comma after a mark', 'annexed Crimea, according to', [m(8, 14, 'place:russia')], ['Crimea,']],
    [
      'brackets around an amount',
      'sold (£ 2 million) worth',
      [m(6, 17, 'money:eur-273000000')],
      ['(£ 2 million)'],
    ],
    ['quotes and a possessive', 'the “EU’s” plan', [m(5, 7, 'organization:european-union')], ['“EU’s”']],
    [
      'marks joined by a dash share a group',
      'the Kyiv–Kharkiv road',
      [m(4, 8, 'place:france'), m(9, 16, 'place:germany')],
      ['Kyiv–Kharkiv'],
    ],
  ])('keeps punctuation on the line of its mark: %s', (_label, text, mentions, groups) => {
    renderWithRouter(<Paragraph text={text} mentions={mentions} />);
    const p = screen.getByTestId('p');
    expect(p.textContent).toBe(text);
    expect([...p.querySelectorAll('.mention-group')].map((g) => g.textContent)).toEqual(groups);
  });

  it('leaves a mark between spaces ungrouped', () => {
    renderWithRouter(<Paragraph />);
    const groups = [...screen.getByTestId('p').querySelectorAll('.mention-group')].map((g) => g.textContent);
    expect(groups).toEqual(['EU.']);
  });

  it('conserves the text and marks each mention with its name and type', () => {
    renderWithRouter(<Paragraph />);
    const p = screen.getByTestId('p');
    expect(p.textContent).toBe(TEXT);
    expect(screen.getByRole('button', { name: 'Vladimir Putin, person' }).textContent).toBe('Vladimir Putin');
    expect(screen.getByRole('button', { name: 'EU: European Union, organization' })).toBeTruthy();
    expect(p.querySelectorAll('mark.mention--place')).toHaveLength(2);
    expect(p.querySelector('mark.mention--organization')?.textContent).toBe('EU');
  });

  it.each<[string, string, Mention[], string[]]>([
    [
      'adjacent names stay separate marks',
      'France Germany',
      [m(0, 6, 'place:france'), m(7, 14, 'place:germany')],
      ['France', 'Germany'],
    ],
    [
      'touching names stay separate marks',
      'FranceGermany',
      [m(0, 6, 'place:france'), m(6, 13, 'place:germany')],
      ['France', 'Germany'],
    ],
    [
      'a nested-looking mention is not drawn inside another',
      'Vladimir Putin',
      [m(0, 14, 'person:vladimir-putin'), m(9, 14, 'person:vladimir-putin')],
      ['Vladimir Putin'],
    ],
    ['an unknown entity stays plain text', 'Somebody', [m(0, 8, 'person:somebody')], []],
  ])('%s', (_label, text, mentions, marks) => {
    renderWithRouter(<Paragraph text={text} mentions={mentions} />);
    const p = screen.getByTestId('p');
    expect(p.textContent).toBe(text);
    expect([...p.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(marks);
    expect(p.querySelector('mark mark')).toBeNull();
  });

  it('draws the filtered entities stronger', () => {
    renderWithRouter(<Paragraph />, '/?place=france');
    const france = screen.getByRole('button', { name: 'France, place' }).closest('mark');
    const germany = screen.getByRole('button', { name: 'Germany, place' }).closest('mark');
    expect(france?.classList.contains('is-active')).toBe(true);
    expect(germany?.classList.contains('is-active')).toBe(false);
  });

  it('draws marks without buttons where it may not hold a control', () => {
    renderWithRouter(
      <a href="/x">
        <HighlightedText text={TEXT} mentions={MENTIONS} interactive={false} />
      </a>,
    );
    const link = screen.getByRole('link');
    expect(within(link).queryAllByRole('button')).toHaveLength(0);
    expect(link.querySelectorAll('mark')).toHaveLength(4);
  });

  it('hides the highlights of a type switched off in the legend, in the URL', async () => {
    const user = userEvent.setup();
    const { search } = renderWithRouter(
      <>
        <EntityLegend />
        <Paragraph />
      </>,
    );
    const places = screen.getByRole('switch', { name: /Places/ });
    expect(places.getAttribute('aria-checked')).toBe('true');
    await user.click(places);
    expect(search().getAll('hide')).toEqual(['place']);
    expect(screen.getByRole('switch', { name: /Places/ }).getAttribute('aria-checked')).toBe('false');
    expect(screen.getByTestId('p').querySelectorAll('mark.mention--place')).toHaveLength(0);
    expect(screen.getByTestId('p').textContent).toBe(TEXT);
    await user.click(screen.getByRole('switch', { name: /Places/ }));
    expect(search().getAll('hide')).toEqual([]);
    await act(async () => {});
    expect(screen.getByTestId('p').querySelectorAll('mark.mention--place')).toHaveLength(2);
  });

  it('marks the demonyms of a filtered place when the reader asks for them', () => {
    const text = 'Russian forces left Russia; the Russians said so.';
    const russia = m(20, 26, 'place:russia');
    renderWithRouter(<Paragraph text={text} mentions={[russia]} />, '/?place=russia&demonyms=1');
    const p = screen.getByTestId('p');
    expect(p.textContent).toBe(text);
    expect([...p.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Russian',
      'Russia',
      'Russians',
    ]);
    expect(screen.getByRole('button', { name: 'Russians: demonym of Russia, place' })).toBeTruthy();
  });

  it('leaves demonyms plain without the option', () => {
    renderWithRouter(<Paragraph text="Russian forces" mentions={[]} />, '/?place=russia');
    expect(screen.getByTestId('p').querySelectorAll('mark')).toHaveLength(0);
  });
});
