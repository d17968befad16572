import { wordsIn } from './chunk-words.ts';
import type { Span } from './statement.ts';

/**
 * A statement's words without the space, stops and source around them: "… in the factory,” according to Reuters."
 * ends at the closing quote. Null when fewer than two words are left.
 */
export function statementSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  const according = text.slice(start, end).search(/,?\s*according to\b/iu);
  if (according > 0) end = start + according;
  while (start < end && /[\s,:;–—-]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s.,;:!?–—-]/u.test(text[end - 1] ?? '')) end--;
  if (wordsIn(text, { start, end }, 2).length < 2) return null;
  return { start, end };
}
