import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords, tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { personRule } from './person-rule.ts';
import { NAME_PARTICLES } from '../alias/name-particles.ts';
import { roleOfEnd } from './role-of-end.ts';

const OF_WORDS = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'della']);

/**
 * An organization named by a cue word: `cue:org-suffix` "Al-Madina News", "US Embassy", "European Commission";
 * `cue:org-prefix` "Ministry of Home Affairs", "Cyber Partisans"; `cue:org-noun` "the Telegraph newspaper" (the noun is
 * not part of the name). A leading "The" is dropped; a run that is only a cue word ("Embassy") is not a name.
 */
export function orgCueRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  // "CEO of the Northern Housing Trust": the role is the person's, the name after "of the" the organization's
  const nameStart = roleOfEnd(doc.tokens, chunk.first, chunk.last);
  if (nameStart >= 0) return orgCueRule(doc, { ...chunk, first: nameStart });
  const cw = chunkWords(doc, chunk);
  if (!cw) return null;
  const { tokens } = doc;
  const { first, words, head, tail } = cw;
  const { demonyms } = gazetteerIndex();
  // "Cyber Partisans" is all cue words and still a name; "European" alone is not
  const named = words.filter((w) => !demonyms.has(w.key));
  if (words.length >= 2 && named.length > 0) {
    // "Plano Independent School District": two words end it, and outrank the place a lone "District" would make
    if (words.length >= 3 && CUES.orgSuffixPairs.has(wordsKey(words.slice(-2))))
      return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-suffix', 3);
    if (CUES.orgSuffixes.has(tail.key))
      return makeCandidate(doc, first, chunk.last, 'organization', 'cue:org-suffix', 2);
    // "Ministry of Finance", "Cyber Partisans"; not "State Antony Blinken" (a prefix word before a person's name)
    // "Banco de Credito del Peru", "Defensoría del Pueblo": a Romance "of" counts too
    const ofAfter = words.some((w) => OF_WORDS.has(w.key));
    // "The Iraqi Ministry of Water Resources": a demonym before the head word; "the U.S. Department of Agriculture",
    // "the Massachusetts Institute of Technology": a known place before it
    const lead = named[0] ?? head;
    if (
      (CUES.orgPrefixes.has(head.key) ||
        (lead !== head && CUES.orgPrefixes.has(lead.key) && ofAfter) ||
        (ofAfter && placeBeforePrefix(words)) ||
        prefixBeforeOf(words)) &&
      (ofAfter ||
        prefixBeforeOf(words) ||
        // "the Liga Profesional fined …": a Romance head word opens a name even where it is also a given name
        CUES.foreignOrgHeads.has(head.key) ||
        (words.length === 2 && !personRule(doc, chunk)))
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
    return makeCandidate(doc, particleStart(tokens, first), chunk.last, 'organization', 'cue:org-noun', 1);
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
    !CUES.notAcronyms.has(head.text) &&
    !isCapitalsNotName(doc, first)
  ) {
    return makeCandidate(doc, first, chunk.last, 'organization', 'cue:acronym', 0);
  }
  return null;
}

/** "U.S. Department of …", "New York University of …": the words before the first head word name a known place. */
function placeBeforePrefix(words: readonly Token[]): boolean {
  const p = words.findIndex((w) => CUES.orgPrefixes.has(w.key));
  if (p < 1 || p > 3) return false;
  return gazetteerIndex().byKey.get(wordsKey(words.slice(0, p)))?.type === 'place';
}

/**
 * "Pontifical Catholic University of Ecuador", "Stock Exchange of Thailand", "Intergovernmental Authority on
 * Development": an organization word right before "of", "on" or "for", after one or two words that are no title ("President Ministry of …" is no name) nor a given name.
 */
function prefixBeforeOf(words: readonly Token[]): boolean {
  const p = words.findIndex((w) => CUES.orgPrefixes.has(w.key) || CUES.orgSuffixes.has(w.key));
  const connector = words[p + 1]?.key ?? '';
  if (p < 1 || p > 2 || !(OF_WORDS.has(connector) || connector === 'on' || connector === 'for')) return false;
  return words.slice(0, p).every((w) => w.cap && !CUES.titles.has(w.key) && !CUES.givenNames.has(w.key));
}

/** "al-Arabiya television": a lower-case particle hyphened to the name's first word is part of it. */
function particleStart(tokens: readonly Token[], first: number): number {
  const hyphen = tokens[first - 1];
  const particle = tokens[first - 2];
  const joined =
    hyphen?.text === '-' && hyphen.end === tokens[first]?.start && particle?.end === hyphen.start;
  return joined && NAME_PARTICLES.hyphenStart.has(particle.key) ? first - 2 : first;
}

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * Capitals that are no acronym: a roman numeral ("part XVII"), a word written loud ("UNLESS of course"), a label that
 * opens a text or sentence ("ANALYSIS: …", "EXCLUSIVE: …").
 */
function isCapitalsNotName(doc: TokenizedText, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (ROMAN_NUMERAL.test(t.text) || CUES.functionWords.has(t.key)) return true;
  return doc.tokens[i + 1]?.text === ':' && (i === 0 || t.sentenceStart);
}
