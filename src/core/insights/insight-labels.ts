import type { EntityType } from '../schema.ts';

/** A count with its noun: `1 mention`, `2 mentions`. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a node or marker is called aloud: "Vladimir Putin, person, 2 mentions". */
export function entityNodeLabel(name: string, type: EntityType, mentions: number): string {
  const kind = type === 'organization' ? 'organization' : type;
  return `${name}, ${kind}, ${countOf(mentions, 'mention', 'mentions')}`;
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
