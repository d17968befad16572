import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/** Words a role phrase may run through between its title word and the comma: "the leader of the Fuerza Popular party". */
const LINKS = new Set(['of', 'the', 'for', "'s", "'", 'in', 'and']);

/**
 * `context:role-apposition`: two to four capitalized words set off by commas after a role phrase name a person: "The
 * Ethiopian foreign minister, Demeke Mekonnen, said", "The leader of the Fuerza Popular party, Keiko Fujimori,
 * criticized", "the U.S. envoy for the Horn of Africa, Jeffrey Feltman, arrived". The words back from the comma to the
 * title word may only be names, "of"/"the"/"for" and organization nouns: "the minister visited Santa Cruz, La Paz" has a verb.
 */
export function roleAppositionRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  const comma = tokenAt(tokens, chunk.first - 1);
  const after = tokens[chunk.last];
  if (comma?.text !== ',' || !after || (after.text !== ',' && after.text !== '.')) return null;
  const words = tokens.slice(chunk.first, chunk.last).filter((t) => t.kind === 'word');
  if (words.length < 2 || words.filter((w) => w.cap).length > 4) return null;
  const { byKey, demonyms } = gazetteerIndex();
  if (byKey.has(wordsKey(words))) return null;
  if (words.some((w) => demonyms.has(w.key) || CUES.titles.has(w.key) || isOrgWord(w) || w.allCaps))
    return null;
  for (let k = chunk.first - 2, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.kind !== 'word') {
      if (LINKS.has(t.key)) continue;
      return null;
    }
    if (!t.cap && CUES.titles.has(t.key))
      return makeCandidate(doc, chunk.first, chunk.last, 'person', 'context:role-apposition', 2);
    if (!t.cap && !LINKS.has(t.key) && !CUES.orgNouns.has(t.key)) return null;
  }
  return null;
}

const isOrgWord = (w: Token): boolean =>
  CUES.orgSuffixes.has(w.key) || CUES.featureSuffixes.has(w.key) || CUES.polities.has(w.key);
