import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/**
 * `cue:region-noun`: a name followed by a lower-case word for an area is a place, the word not part of it: "to the Amhara
 * region", "in the Chumbivilcas province", "the Colca valley", "the Waghimra zone". Not a demonym ("the Russian region"),
 * not a sentence's first word, not a name of four words or more.
 */
export function regionNounRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  const noun = tokens[chunk.last];
  if (!noun || noun.kind !== 'word' || noun.cap || !CUES.regionNouns.has(noun.key)) return null;
  const cw = chunkWords(doc, chunk);
  if (!cw || cw.head.sentenceStart || cw.words.length > 3) return null;
  const { first, words, head, tail } = cw;
  const { demonyms } = gazetteerIndex();
  if (words.every((w) => demonyms.has(w.key) || CUES.titles.has(w.key))) return null;
  // "the Islamic State region", "the Health Ministry district": a name of another kind keeps its kind
  if (CUES.orgSuffixes.has(tail.key) || CUES.orgPrefixes.has(head.key)) return null;
  return makeCandidate(doc, first, chunk.last, 'place', 'cue:region-noun', 2);
}
