import type { Mention, Paragraph, Quote } from '../schema.ts';

/** A run of a paragraph: plain text or one statement, with the mentions inside it at offsets relative to the run. */
export interface QuotePiece {
  start: number;
  end: number;
  quote: Quote | null;
  mentions: Mention[];
}

/**
 * Cuts a paragraph at its quotes, so joining the pieces gives the text back; each piece keeps the mentions wholly
 * inside it (shifted to the piece). A quote out of range or overlapping an earlier one stays plain text.
 */
export function quotePieces(paragraph: Paragraph): QuotePiece[] {
  const { text, mentions } = paragraph;
  const cuts: { start: number; end: number; quote: Quote | null }[] = [];
  let at = 0;
  for (const quote of [...paragraph.quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start < at || quote.end <= quote.start || quote.end > text.length) continue;
    if (quote.start > at) cuts.push({ start: at, end: quote.start, quote: null });
    cuts.push({ start: quote.start, end: quote.end, quote });
    at = quote.end;
  }
  if (at < text.length || cuts.length === 0) cuts.push({ start: at, end: text.length, quote: null });
  return cuts.map((c) => ({
    ...c,
    mentions: mentions
      .filter((m) => m.start >= c.start && m.end <= c.end)
      .map((m) => ({ ...m, start: m.start - c.start, end: m.end - c.start })),
  }));
}
