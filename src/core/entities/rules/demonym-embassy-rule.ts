import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
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
  let first = chunk.first;
  if (tokens[first]?.key === 'the') first++;
  const words = tokens.slice(first, chunk.last).filter((t) => t.kind === 'word');
  const { demonyms } = gazetteerIndex();
  if (words.length !== 1 || !words[0] || !demonyms.has(words[0].key)) return null;
  return makeCandidate(doc, first, chunk.last + 1, 'organization', 'cue:demonym-embassy', 2);
}
