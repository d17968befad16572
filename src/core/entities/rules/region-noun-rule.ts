import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
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
  let first = chunk.first;
  if (tokens[first]?.key === 'the') first++;
  const words = tokens.slice(first, chunk.last).filter((t) => t.kind === 'word');
  const head = words[0];
  if (!head || head.sentenceStart || words.length > 3) return null;
  const { demonyms } = gazetteerIndex();
  if (words.every((w) => demonyms.has(w.key) || CUES.titles.has(w.key))) return null;
  // "the Islamic State region", "the Health Ministry district": a name of another kind keeps its kind
  const tail = words[words.length - 1];
  if (tail && (CUES.orgSuffixes.has(tail.key) || CUES.orgPrefixes.has(head.key))) return null;
  return makeCandidate(doc, first, chunk.last, 'place', 'cue:region-noun', 2);
}
