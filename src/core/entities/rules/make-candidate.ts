import type { EntityType } from '../../schema.ts';
import type { Candidate, TokenizedText } from '../candidate.ts';

/** A candidate spanning tokens `[first, last)`, named by its surface form. */
export function makeCandidate(
  doc: TokenizedText,
  first: number,
  last: number,
  type: EntityType,
  rule: string,
  priority: number,
): Candidate | null {
  const a = doc.tokens[first];
  const b = doc.tokens[last - 1];
  if (!a || !b || last <= first) return null;
  return {
    first,
    last,
    start: a.start,
    end: b.end,
    type,
    name: doc.text.slice(a.start, b.end),
    rule,
    priority,
    known: false,
    coordinates: null,
    demonyms: [],
    value: null,
  };
}
