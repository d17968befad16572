import type { Span } from './statement.ts';

/** A word of a paragraph with its offsets. */
export interface Word extends Span {
  /** The word in lower case, without a trailing full stop. */
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;

/** Characters a word does not end with: "U.S." → "U.S", "Putin’" → "Putin". */
function isTrailing(c: number): boolean {
  return c === 46 /* . */ || c === 8217 /* ’ */ || c === 39 /* ' */ || c === 45; /* - */
}

/**
 * The words of `text.slice(span.start, span.end)`, with paragraph offsets. Matched in place from `span.start` and
 * cut at `span.end`, which gives the words of the slice without copying it: the rules ask for the words of many
 * short stretches of one paragraph, and the copies were most of the quote reader's time. `limit` stops after that
 * many words, for a rule that reads only the first few after a verb.
 */
export function wordsIn(text: string, span: Span, limit = Infinity): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = span.start;
  for (let m = WORD.exec(text); m !== null && m.index < span.end && out.length < limit; m = WORD.exec(text)) {
    const start = m.index;
    let end = Math.min(start + m[0].length, span.end);
    while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
    out.push({ start, end, lower: text.slice(start, end).toLowerCase() });
    if (start + m[0].length >= span.end) break;
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
