import type { Span } from './statement.ts';

/** A word of a paragraph with its offsets. */
export interface Word extends Span {
  /** The word in lower case, without a trailing full stop. */
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;
const WIDE_WORD_START = /^[\p{L}\p{M}\p{N}]$/u;

/** Characters a word does not end with: "U.S." → "U.S", "Putin’" → "Putin". */
function isTrailing(c: number): boolean {
  return c === 46 /* . */ || c === 8217 /* ’ */ || c === 39 /* ' */ || c === 45; /* - */
}

/**
 * How WORD reads the character at `at`: its length in UTF-16 units (2 for one outside the Basic Multilingual Plane)
 * when it can start a word (a letter, mark or digit), its negated length when it can only go on one (’ ' . -), 0
 * when neither. By char codes for ASCII and the common wide punctuation; the pattern's classes for the rest.
 */
function wordChar(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return c === 39 || c === 45 || c === 46 ? -1 : 0;
  }
  if (c === 8217) return -1;
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2013 || c === 0x2014 || c === 0xa0) return 0;
  const length = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  return WIDE_WORD_START.test(text.slice(at, at + length)) ? length : 0;
}

/** Whether `at` falls between the two halves of a surrogate pair (where the pattern would start a step back). */
function splitsPair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const b = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
}

/**
 * The words of `text.slice(span.start, span.end)`, with paragraph offsets: as WORD matches from `span.start`, each cut
 * at `span.end`, without copying the slice (the rules ask for the words of many short stretches of one paragraph).
 * Read by char codes, not by the pattern: the pattern's calls were most of the quote reader's time. `limit` stops
 * after that many words, for a rule that reads only the first few after a verb.
 */
export function wordsIn(text: string, span: Span, limit = Infinity): Word[] {
  if (splitsPair(text, span.start)) return wordsByPattern(text, span, limit);
  const out: Word[] = [];
  let at = span.start;
  while (at < span.end && out.length < limit) {
    const first = wordChar(text, at);
    if (first <= 0) {
      at += first === 0 && splitsPair(text, at + 1) ? 2 : 1;
      continue;
    }
    // the word goes on while its characters can; only whether it reaches `span.end` matters past there
    let raw = at + first;
    for (let n = 0; raw < span.end && (n = wordChar(text, raw)) !== 0;) raw += Math.abs(n);
    let end = Math.min(raw, span.end);
    while (end > at && isTrailing(text.charCodeAt(end - 1))) end--;
    out.push({ start: at, end, lower: text.slice(at, end).toLowerCase() });
    if (raw >= span.end) break;
    at = raw;
  }
  return out;
}

/** `wordsIn` by the pattern itself, for a stretch that starts inside a surrogate pair. */
function wordsByPattern(text: string, span: Span, limit: number): Word[] {
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
