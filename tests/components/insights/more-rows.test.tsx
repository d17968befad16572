import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { InsightsMoney } from '../../../src/components/insights/insights-money.tsx';
import { InsightsTimeline } from '../../../src/components/insights/insights-timeline.tsx';
import type { MoneyRow } from '../../../src/core/insights/money-table.ts';
import type { TimelineItem } from '../../../src/core/insights/timeline.ts';
import type { EntitySummary } from '../../../src/core/schema.ts';

const entity = (type: 'money' | 'date'): EntitySummary => ({
  id: `${type}:x`,
  type,
  name: 'x',
  aliases: [],
  mentionCount: 1,
  demonyms: [],
  coordinates: null,
  value: null,
  storyCount: 1,
});

/** `count` occurrences, one paragraph each, the mention at the start of its text. */
function occurrences(count: number, type: 'money' | 'date') {
  return Array.from({ length: count }, (_, i) => ({
    entity: entity(type),
    mention: { start: 0, end: 4, entityId: `${type}:x`, rule: 'test' },
    at: {
      storyId: 's',
      storyTitle: 'A story',
      storyOrder: 0,
      sectionId: 'lead',
      paragraph: { id: `p-${i + 1}`, line: i + 1, text: `item ${i} in the text`, mentions: [], quotes: [] },
    },
    order: i,
  }));
}

describe('insights lists at scale', () => {
  it('the money table shows 100 rows, says how many there are, and shows 100 more per click', async () => {
    const user = userEvent.setup();
    const rows: MoneyRow[] = occurrences(250, 'money').map((o, i) => ({
      ...o,
      currency: 'EUR',
      currencyFrom: 'text',
      amount: i + 1,
      surface: `€ ${i + 1}`,
    }));
    render(
      <MemoryRouter>
        <InsightsMoney rows={rows} search="" />
      </MemoryRouter>,
    );
    const body = () => screen.getByRole('table').querySelectorAll('tbody tr');
    expect(body()).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 250 mentions.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(body()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(body()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  it('each timeline band is cut on its own; a short one shows whole, with no button', () => {
    const dated: TimelineItem[] = occurrences(130, 'date').map((o) => ({
      ...o,
      iso: '2022-02-24',
      precision: 'day',
    }));
    const yearUnknown: TimelineItem[] = occurrences(3, 'date').map((o) => ({
      ...o,
      iso: '--02-24',
      precision: 'day',
    }));
    render(
      <MemoryRouter>
        <InsightsTimeline timeline={{ dated, yearUnknown }} search="" />
      </MemoryRouter>,
    );
    const [first, second] = screen.getAllByRole('list');
    expect(within(first!).getAllByRole('listitem')).toHaveLength(100);
    expect(within(second!).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Showing 100 of 130 date mentions.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /more$/ })).toHaveLength(1);
  });
});
