import type { StorySource } from '../../schema.ts';
import type { Candidate, TokenizedText } from '../candidate.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex, nameKey } from '../gazetteer-index.ts';

/**
 * `context:story-source`: the outlet a story says its news came from ("Sahel Today: The transitional authorities …",
 * "(AFP) - …"), as the parser found it, is an organization; a dateline that is a known place ("Hanoi:") is not.
 */
export function storySourceRule(doc: TokenizedText, source: StorySource): Candidate | null {
  const known = gazetteerIndex().byKey.get(nameKey(source.name));
  if (known && known.type !== 'organization') return null;
  const first = doc.tokens.findIndex((t) => t.start === source.start);
  const last = doc.tokens.findIndex((t) => t.end === source.end);
  if (first < 0 || last < first) return null;
  return makeCandidate(doc, first, last + 1, 'organization', 'context:story-source', 1);
}
