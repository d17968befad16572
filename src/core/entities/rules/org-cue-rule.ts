import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords, tokenAt } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { personRule } from './person-rule.ts';

const OF_WORDS = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'della']);

/**
 * An organization named by a cue word: `cue:org-suffix` "Al-Madina News", "US Embassy", "European Commission";
 * `cue:org-prefix` "Ministry of Home Affairs", "Cyber Partisans"; `cue:org-noun` "the Telegraph newspaper" (the noun is
 * not part of the name). A leading "The" is dropped; a run that is only a cue word ("Embassy") is not a name.
 */
export function orgCueRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const cw = chunkWords(doc, chunk);
  if (!cw) return null;
  const { tokens } = doc;
  const { first, words, head, tail } = cw;
  const { demonyms } = gazetteerIndex();
  // "Cyber Partisans" is all cue words and still a name; "European" alone is not
  const named = words.filter((w) => !demonyms.has(w.key));
  if (words.length >= 2 && named.length > 0) {
    if (CUES.orgSuffixes.has(tail.key))
      return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-suffix', 2);
    // "Ministry of Finance", "Cyber Partisans"; not "State Antony Blinken" (a prefix word before a person's name)
    // "Banco de Credito del Peru", "Defensoría del Pueblo": a Romance "of" counts too
    const ofAfter = words.some((w) => OF_WORDS.has(w.key));
    // "The Iraqi Ministry of Water Resources": a demonym before the head word
    const lead = named[0] ?? head;
    if (
      (CUES.orgPrefixes.has(head.key) || (lead !== head && CUES.orgPrefixes.has(lead.key) && ofAfter)) &&
      (ofAfter || (words.length === 2 && !personRule(doc, chunk)))
    )
      return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-prefix', 2);
  }
  const after = tokens[chunk.last];
  if (
    after &&
    after.kind === 'word' &&
    !after.cap &&
    CUES.orgNouns.has(after.key) &&
    named.length > 0 &&
    !head.sentenceStart
  ) {
    return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-noun', 1);
  }
  // "the carmaker VinFast", "the conglomerate Vingroup": a lower-case noun for a company right before one word
  const before = tokenAt(tokens, first - 1);
  if (
    before &&
    !before.cap &&
    CUES.orgNounsBefore.has(before.key) &&
    words.length <= 3 &&
    named.length === words.length
  ) {
    return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-noun-before', 1);
  }
  // "ORTM", "MINUSMA": a word of three or more capitals no list knows names an organization
  if (
    words.length === 1 &&
    head.allCaps &&
    head.text.replace(/\./g, '').length >= 3 &&
    !CUES.notAcronyms.has(head.text)
  ) {
    return makeCandidate(doc, first, chunk.last, 'organization', 'cue:acronym', 0);
  }
  return null;
}
