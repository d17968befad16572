import type { MarkRange } from './mark-ranges.ts';

/** A run of a snippet: plain or marked text. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** A window of a text around its first mark, cut at spaces, with the marks inside it. */
export interface Snippet {
  parts: SnippetPart[];
  /** Text was cut before the window ("…"). */
  before: boolean;
  /** Text was cut after the window ("…"). */
  after: boolean;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut so it never splits a surrogate pair (an emoji, a rare CJK character). */
function safeCut(text: string, at: number): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/**
 * About `width` characters of `text` around the first range, starting a third of the way before it, cut at
 * whitespace when there is some near (CJK text has none: cut anywhere but inside a surrogate pair), split into
 * plain and marked parts that join back to the window exactly.
 */
export function makeSnippet(text: string, ranges: readonly MarkRange[], width = 180): Snippet {
  let from = 0;
  let to = text.length;
  if (text.length > width) {
    const first = ranges[0]?.start ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
    if (from > 0) {
      const space = text.indexOf(' ', from);
      // "…the Mariupol plant": start after a space when one is close, so no word is cut in half
      if (space >= 0 && space < Math.min(first, from + 20)) from = space + 1;
    }
    to = Math.min(text.length, from + width);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + width / 2) to = space;
    }
    from = safeCut(text, from);
    to = safeCut(text, to);
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return { parts, before: from > 0, after: to < text.length };
}
