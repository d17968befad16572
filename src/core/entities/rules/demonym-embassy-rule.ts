import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/**
 * `cue:demonym-embassy`: a demonym followed by a lower-case "embassy" or "consulate" names that organization, the noun
 * included: "in front of the Russian embassy in Tbilisi" (Tbilisi stays a place). Not "the Russian army".
 */
export function demonymEmbassyRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  const noun = tokens[chunk.last];
  if (!noun || noun.kind !== 'word' || noun.cap || !CUES.embassyNouns.has(noun.key)) return null;
  const cw = chunkWords(doc, chunk);
  const { demonyms } = gazetteerIndex();
  if (!cw || cw.words.length !== 1 || !demonyms.has(cw.head.key)) return null;
  return makeCandidate(doc, cw.first, chunk.last + 1, 'organization', 'cue:demonym-embassy', 2);
}
