import { isDivider } from './is-divider.ts';

/** Headings are short: the longest headline in a digest is rarely beyond 20 words. */
export const MAX_HEADING_WORDS = 20;
const MAX_HEADING_CHARS = 200;

/** Closing quotes and brackets that may follow a sentence's last mark: `… he said.”`, `(in 2014).` */
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '*', '_']);

/** The last character of a trimmed line that is not a closing quote or bracket. */
export function lastMark(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line.charAt(i))) i--;
  return i >= 0 ? line.charAt(i) : '';
}

/** Number of space-separated words in a line. */
export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Whether a trimmed line could be a headline or a sub-heading rather than body text: short, and not ending like
 * a sentence or a clause. "rescue efforts", "Talks resume in Vienna", "Will the truce hold?" could; "The army
 * surrounded the airport in early March." and "He said:" could not.
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || wordCount(line) > MAX_HEADING_WORDS) return false;
  // "🔥🔥🔥", "★" or a bare "###" standing alone is a title without words: read it, never drop it.
  if (!/[\p{L}\p{N}]/u.test(line)) return !isDivider(line);
  const mark = lastMark(line);
  return !(mark === '.' || mark === ',' || mark === ';' || mark === ':' || mark === '…');
}
