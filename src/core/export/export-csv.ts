import type { ViewExport } from './view-export.ts';

/** The columns of the CSV: one table per kind of row, told apart by the first column. */
export const CSV_COLUMNS = [
  'table',
  'name',
  'type',
  'count',
  'amount',
  'currency',
  'date',
  'text',
  'story',
  'line',
  'link',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@`
 * is prefixed with an apostrophe so a spreadsheet does not run a statement as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The view as CSV: entity, paragraph, quote, money and date rows under one header, CRLF line ends. */
export function exportCsv(view: ViewExport): string {
  const rows: Row[] = [
    ...view.entities.map((e) => ({
      table: 'entity',
      name: e.name,
      type: e.type,
      count: e.paragraphs,
      text: e.filtered ? 'filtered' : '',
    })),
    ...view.paragraphs.map((p) => ({
      table: 'paragraph',
      text: p.text,
      story: p.story,
      line: p.line,
      link: p.link,
    })),
    ...view.quotes.map((q) => ({
      table: 'quote',
      name: q.speaker,
      type: q.speakerId ?? '',
      text: q.statement,
      story: q.story,
      line: q.line,
      link: q.link,
    })),
    ...view.money.map((m) => ({
      table: 'money',
      amount: m.amount,
      currency: m.currency,
      text: m.asWritten,
      story: m.story,
      line: m.line,
      link: m.link,
    })),
    ...view.timeline.map((d) => ({
      table: 'date',
      date: d.date,
      text: d.asWritten,
      story: d.story,
      line: d.line,
      link: d.link,
    })),
  ];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
