import type { Token, TokenizedText } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/**
 * True when a one-word place the gazetteer found is only the first word of a longer unknown name: "the Balkan Stream
 * pipeline" names no region. Kept when the next word is a title ("Kyiv Mayor"), a date word, or a word that makes a
 * longer name of a known kind ("Washington Post", "Cairo Tower", "Gaza City", "Beirut Port"); and in a headline written in capitals
 * throughout ("Kyiv Braces For Winter"), where a capital says nothing.
 */
export function isCutFromLongerName(doc: TokenizedText, index: number, titleCase: boolean): boolean {
  if (titleCase) return false;
  const t = doc.tokens[index];
  const next = doc.tokens[index + 1];
  if (!t || !next || next.kind !== 'word' || !next.cap || next.allCaps || next.start !== t.end + 1)
    return false;
  const k = next.key;
  return !(
    CUES.titles.has(k) ||
    CUES.months.has(k) ||
    CUES.weekdays.has(k) ||
    CUES.orgSuffixes.has(k) ||
    CUES.featureSuffixes.has(k) ||
    CUES.polities.has(k) ||
    CUES.regionNouns.has(k) ||
    CUES.containers.has(k) ||
    CUES.facilities.has(k)
  );
}

/** True for a text whose longer words are nearly all capitalized: a headline in title case. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}
