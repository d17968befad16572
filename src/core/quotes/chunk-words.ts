import type { Span } from './statement.ts';

/** A word of a paragraph with its offsets. */
export interface Word extends Span {
  /** The word in lower case, without a trailing full stop. */
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;

/** The words of `text.slice(span.start, span.end)`, with paragraph offsets. */
export function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const raw = m[0].replace(/[.’'-]+$/u, '');
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + raw.length, lower: raw.toLowerCase() });
  }
  return out;
}

/** Splits a stretch at commas, semicolons and spaced dashes: "Yury Ravavoy, a Belarusian activist …, said". */
export function splitChunks(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const re = /,|;|\s[–—-]\s/gu;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(re)) {
    const at = span.start + (m.index ?? 0);
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}
