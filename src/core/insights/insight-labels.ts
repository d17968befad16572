import { plural } from '../text/plural.ts';
import type { EntityType, EntityValue } from '../schema.ts';

/** What a node or marker is called aloud: "Vladimir Putin, person, 2 mentions". */
export function entityNodeLabel(name: string, type: EntityType, mentions: number): string {
  const kind = type === 'organization' ? 'organization' : type;
  return `${name}, ${kind}, ${plural(mentions, 'mention', 'mentions')}`;
}

/** A date value as a reader says it: `2022-02-24` → "24 February 2022", `--02-24` → "24 February (year not given)". */
export function formatIsoDate(iso: string, locale = 'en-GB'): string {
  const yearless = iso.startsWith('--');
  const parts = (yearless ? `2000${iso.slice(1)}` : iso).split('-').map(Number);
  const [year, month, day] = parts;
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const text = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    ...(yearless ? {} : { year: 'numeric' }),
  }).format(date);
  return yearless ? `${text} (year not given)` : text;
}

/** `121000000 EUR` → "€121,000,000" (the code itself when the runtime does not know it). */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString('en-GB')}`;
  }
}

/** Where a currency comes from: blank when the text writes it; for a shared sign ("$", "pesos"), how it was read. */
export function currencyNote(from: 'text' | 'story' | 'assumed'): string {
  if (from === 'story') return 'the text writes only “$” or the like: currency read from the story';
  if (from === 'assumed') return 'the text writes only “$” or the like: currency assumed';
  return '';
}

/** A typed value as a reader says it: "24 February (year not given)", "CA$50,000 (…)", "40 miles"; null for names. */
export function valueLabel(value: EntityValue | null): string | null {
  if (!value) return null;
  if (value.kind === 'date') return formatIsoDate(value.iso);
  if (value.kind === 'quantity') return `${value.amount.toLocaleString('en-GB')} ${value.unit}`;
  const note = currencyNote(value.currencyFrom ?? 'text');
  return `${formatMoney(value.amount, value.currency)} (${value.currency}${note ? `; ${note}` : ''})`;
}
