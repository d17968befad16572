import type { CorpusIndex } from '../schema.ts';
import { entityOccurrences, type Occurrence } from './entity-occurrences.ts';
import type { InsightParagraph } from './insight-paragraphs.ts';

/** One money mention: a row of the money table. */
export interface MoneyRow extends Occurrence {
  /** ISO 4217 code. */
  currency: string;
  /** `text` when the text writes the currency; `story` or `assumed` when it writes only "$" (see the money value). */
  currencyFrom: 'text' | 'story' | 'assumed';
  amount: number;
  /** The text as written: `€ 121m`. */
  surface: string;
}

/** How the money table is ordered: by amount (within each currency) or by story (reading order). */
export type MoneySort = 'amount' | 'story';

/** Every money mention in the paragraphs, in reading order. */
export function moneyRows(index: CorpusIndex, paragraphs: readonly InsightParagraph[]): MoneyRow[] {
  return entityOccurrences(index, paragraphs, (e) => e.value?.kind === 'money').flatMap((o): MoneyRow[] =>
    o.entity.value?.kind === 'money'
      ? [
          {
            ...o,
            currency: o.entity.value.currency,
            currencyFrom: o.entity.value.currencyFrom ?? 'text',
            amount: o.entity.value.amount,
            surface: o.at.paragraph.text.slice(o.mention.start, o.mention.end),
          },
        ]
      : [],
  );
}

/**
 * The rows in the requested order. By amount: grouped by currency (amounts in different currencies are not
 * compared), then by amount; by story: corpus order, then reading order. `descending` reverses the amounts or stories.
 */
export function sortMoneyRows(rows: readonly MoneyRow[], by: MoneySort, descending = false): MoneyRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) =>
    by === 'amount'
      ? a.currency.localeCompare(b.currency) || sign * (a.amount - b.amount) || a.order - b.order
      : sign * (a.at.storyOrder - b.at.storyOrder) || a.order - b.order,
  );
}

/** Total and count per currency, currencies in alphabetical order. */
export function moneyTotals(rows: readonly MoneyRow[]): { currency: string; total: number; count: number }[] {
  const totals = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? { total: 0, count: 0 };
    totals.set(row.currency, { total: t.total + row.amount, count: t.count + 1 });
  }
  return [...totals]
    .map(([currency, t]) => ({ currency, ...t }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
