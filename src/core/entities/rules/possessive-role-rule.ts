import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/**
 * `context:possessive-role` "Zelensky’s adviser": a capitalized word the gazetteer does not know, followed by a
 * possessive and a word for a person's entourage or office, names a person (the span excludes the "’s").
 * Not "Russia’s supply lines" (a known place), not "The world’s" (lower case).
 */
export function possessiveRoleRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  const poss = tokens[chunk.last];
  const role = tokens[chunk.last + 1];
  if (!poss || !role || (poss.key !== "'s" && poss.key !== "'") || !CUES.roles.has(role.key)) return null;
  const words = tokens.slice(chunk.first, chunk.last).filter((t) => t.kind === 'word');
  if (words.length > 3 || words.length === 0) return null;
  const { byKey, demonyms } = gazetteerIndex();
  const key = wordsKey(words);
  if (byKey.has(key) || words.some((w) => demonyms.has(w.key) || CUES.titles.has(w.key) || w.allCaps))
    return null;
  return makeCandidate(doc, chunk.first, chunk.last, 'person', 'context:possessive-role', 1);
}
