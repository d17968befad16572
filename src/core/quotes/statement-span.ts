import { wordsIn } from './chunk-words.ts';
import type { Span } from './statement.ts';

/**
 * A statement's words without the space, stops and source around them: "… in the factory,” according to Reuters."
 * ends at the closing quote. Null when fewer than two words are left.
 */
/** "…,” according to Reuters": the source and the comma and space before it. */
const ACCORDING = /,?\s*according to\b/iu;
/** The words alone, looked for first: the pattern above tries its comma and spaces at every character. */
const ACCORDING_WORDS = /according to/iu;

export function statementSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  const slice = text.slice(start, end);
  const according = ACCORDING_WORDS.test(slice) ? slice.search(ACCORDING) : -1;
  if (according > 0) end = start + according;
  while (start < end && /[\s,:;–—-]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s.,;:!?–—-]/u.test(text[end - 1] ?? '')) end--;
  if (wordsIn(text, { start, end }, 2).length < 2) return null;
  return { start, end };
}
