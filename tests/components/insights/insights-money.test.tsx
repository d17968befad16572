import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { InsightsMoney } from '../../../src/components/insights/insights-money.tsx';
import type { MoneyRow } from '../../../src/core/insights/money-table.ts';

/** One money row whose currency came as `from`. */
const row = (
  currency: string,
  currencyFrom: MoneyRow['currencyFrom'],
  surface: string,
  order: number,
): MoneyRow => ({
  entity: {
    id: `money:${currency}`,
    type: 'money',
    name: surface,
    aliases: [surface],
    mentionCount: 1,
    demonyms: [],
    coordinates: null,
    value: null,
    storyCount: 1,
  },
  mention: { start: 0, end: surface.length, entityId: `money:${currency}`, rule: 'test' },
  at: {
    storyId: 's',
    storyTitle: 'A story',
    storyOrder: 0,
    sectionId: 'lead',
    paragraph: { id: `p-${order}`, line: order, text: `${surface} was paid`, mentions: [], quotes: [] },
  },
  order,
  currency,
  currencyFrom,
  amount: 50_000,
  surface,
});

describe('InsightsMoney', () => {
  it('says when a currency was read from the story or assumed for a bare "$", and not when the text writes it', () => {
    render(
      <MemoryRouter>
        <InsightsMoney
          rows={[
            row('CAD', 'story', '$ 50,000', 1),
            row('USD', 'assumed', '$ 50,000', 2),
            row('NZD', 'text', 'NZ$ 50,000', 3),
          ]}
          search=""
        />
      </MemoryRouter>,
    );
    expect(
      screen.getByText('(the text writes only “$” or the like: currency read from the story)'),
    ).toBeTruthy();
    expect(screen.getByText('(the text writes only “$” or the like: currency assumed)')).toBeTruthy();
    expect(screen.getAllByText(/the text writes only “\$”/)).toHaveLength(2);
  });
});
