import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords, tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/**
 * A place named by a cue word: `cue:geo-feature` "Sea of Azov", "Azov Sea", "Lake Chad"; `cue:polity` "Russian Empire";
 * `cue:facility` "the Azovstal factory", "Azov Stable plant" (the facility word is not part of the name);
 * `context:city-of` "the city of Gorlovka"; `context:where` "spread to Darfur, where …"; `context:in-x` "stranded in Kidal" (weakest: any known name wins over it).
 */
export function placeCueRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const cw = chunkWords(doc, chunk);
  if (!cw) return null;
  const { tokens } = doc;
  const { first, words, head, tail } = cw;
  const { demonyms, byKey } = gazetteerIndex();
  const onlyCues = words.every((w) => demonyms.has(w.key) || CUES.titles.has(w.key));
  if (words.length >= 2) {
    // "Greater Vancouver Convention Centre", "Sun Yat-sen Memorial Hall": a facility named by its last two words
    if (words.length >= 3 && CUES.featureSuffixPairs.has(wordsKey(words.slice(-2))))
      return makeCandidate(doc, first, chunk.last, 'place', 'cue:geo-feature', 3);
    if (CUES.featureSuffixes.has(tail.key) || CUES.featurePrefixes.has(head.key))
      return makeCandidate(doc, first, chunk.last, 'place', 'cue:geo-feature', 2);
    if (CUES.polities.has(tail.key)) return makeCandidate(doc, first, chunk.last, 'place', 'cue:polity', 2);
  }
  if (onlyCues) return null;
  const after = tokens[chunk.last];
  const after2 = tokens[chunk.last + 1];
  // "the Merowe air base", "the Azovstal steel plant": one lower-case word may stand before the facility word
  const facility =
    after?.kind === 'word' &&
    !after.cap &&
    (CUES.facilities.has(after.key) ||
      (after2?.kind === 'word' &&
        !after2.cap &&
        CUES.facilities.has(after2.key) &&
        !CUES.functionWords.has(after.key)));
  if (facility && !head.sentenceStart) {
    return makeCandidate(doc, first, chunk.last, 'place', 'cue:facility', 3);
  }
  const before = tokenAt(tokens, first - 1);
  const before2 = tokenAt(tokens, first - 2);
  if (before?.key === 'of' && before2 && CUES.containers.has(before2.key)) {
    return makeCandidate(doc, first, chunk.last, 'place', 'context:city-of', 1);
  }
  // "spread to Darfur, where the RSF …": a name followed by ", where" is a place
  if (
    after?.text === ',' &&
    after2?.key === 'where' &&
    !head.sentenceStart &&
    words.length <= 3 &&
    !byKey.has(head.key)
  ) {
    return makeCandidate(doc, first, chunk.last, 'place', 'context:where', 0);
  }
  // "in Kidal", "from Gao"; not "according to", not a sentence's first word, not a known name of another kind, not
  // a language ("in Arabic it's right to left")
  if (
    before &&
    CUES.prepositions.has(before.key) &&
    !head.sentenceStart &&
    words.length <= 3 &&
    !byKey.has(head.key) &&
    !(words.length === 1 && CUES.languages.has(head.key))
  ) {
    return makeCandidate(doc, first, chunk.last, 'place', 'context:in-x', 0);
  }
  return null;
}
