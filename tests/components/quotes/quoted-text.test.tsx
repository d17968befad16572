import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuotedText } from '../../../src/components/quotes/quoted-text.tsx';
import type { Paragraph } from '../../../src/core/schema.ts';
import { renderWithRouter } from '../entities/render-with-router.tsx';

const TEXT = 'Vladimir Putin said the talks had failed, and activists said nothing changed.';
const PARAGRAPH: Paragraph = {
  id: 'p-3',
  line: 3,
  text: TEXT,
  mentions: [{ start: 0, end: 14, entityId: 'person:vladimir-putin', rule: 't' }],
  quotes: [
    { start: 20, end: 40, speaker: { entityId: 'person:vladimir-putin', text: 'Vladimir Putin' }, rule: 't' },
    { start: 61, end: 76, speaker: { entityId: null, text: 'activists' }, rule: 't' },
  ],
};

describe('QuotedText', () => {
  it('marks each statement, names its speaker for the eye and the ear, and keeps the mentions', () => {
    renderWithRouter(
      <p data-testid="p">
        <QuotedText paragraph={PARAGRAPH} />
      </p>,
    );
    const p = screen.getByTestId('p');
    const statements = p.querySelectorAll('.statement');
    expect([...statements].map((s) => s.querySelector('.statement__words')?.textContent)).toEqual([
      'the talks had failed',
      'nothing changed',
    ]);
    expect(statements[0]?.querySelector('.visually-hidden')?.textContent).toBe(
      'Statement by Vladimir Putin: ',
    );
    expect(screen.getByRole('link', { name: 'Vladimir Putin' }).getAttribute('href')).toBe(
      '/entity/person/vladimir-putin',
    );
    // an unnamed speaker is shown as written, not as a link
    expect(statements[1]?.querySelector('.statement__by')?.textContent).toContain('activists');
    expect(statements[1]?.querySelector('.statement__by a')).toBeNull();
    expect(screen.getByRole('button', { name: 'Vladimir Putin, person' })).toBeTruthy();
    // the words outside the marks and speaker labels are the paragraph's, in order
    const words = [...p.childNodes]
      .map((n) =>
        n instanceof HTMLElement && n.classList.contains('statement')
          ? n.querySelector('.statement__words')?.textContent
          : n.textContent,
      )
      .join('');
    expect(words).toBe(TEXT);
  });
});
