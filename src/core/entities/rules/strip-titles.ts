import type { TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { isDemonymWord } from './demonym-word.ts';
import { isOccupationWord } from './occupation-word.ts';

/** A chunk with its leading titles and demonyms dropped, and whether a title was among them. */
export interface StrippedChunk extends Chunk {
  titled: boolean;
}

/**
 * Drops the words before a name that are not part of it: "Russian President Vladimir Putin" → "Vladimir Putin" (titled),
 * "The Ukrainian" → nothing, "U.S. President Joe Biden" → "Joe Biden" (all before the last title goes); also a title written just before the run in lower case: "spokeswoman Yuliana Shemitowitz",
 * "lt.col. Alexander Azarov".
 */
export function stripTitles(doc: TokenizedText, chunk: Chunk): StrippedChunk {
  const { demonyms } = gazetteerIndex();
  const { tokens } = doc;
  let first = chunk.first;
  let titled = false;
  while (first < chunk.last) {
    const t = tokens[first];
    const key = t?.key ?? '';
    if (CUES.titles.has(key)) {
      titled = true;
      // "the Secretary-General said": the hyphened half is the title's, not a name
      const hyphen = tokens[first + 1];
      const half = tokens[first + 2];
      if (
        hyphen?.text === '-' &&
        t &&
        hyphen.start === t.end &&
        half?.start === hyphen.end &&
        first + 2 < chunk.last
      )
        first += 2;
    } else if (isOccupationWord(t, tokens[first + 1])) {
      // "Mathematician Hermann Weyl said": a trade, capitalized as the sentence's first word
    } else if (!(t && isDemonymWord(t, demonyms)) && key !== 'the') break;
    first++;
  }
  // a country or office before the title: "U.S. President Joe Biden", "Kazakh President Kassym-Jomart Tokayev"
  for (let k = chunk.last - 2; k >= first; k--) {
    if (CUES.titles.has(tokens[k]?.key ?? '')) {
      titled = true;
      first = k + 1;
      break;
    }
  }
  // "Minister of Environment Murat Kurum": the portfolio after "of" runs to the first given name, else one word
  if (titled && tokens[first]?.key === 'of') {
    let g = first + 1;
    while (g < chunk.last - 1 && !CUES.givenNames.has(tokens[g]?.key ?? '')) g++;
    if (g < chunk.last - 1) first = g;
    // "Director of the National Gallery": "of the" opens an organization's name, no portfolio before a surname
    else if (tokens[first + 1]?.key === 'the') first = chunk.last;
    else first = Math.min(first + 2, chunk.last);
  }
  // lower-case title words right before the run: "spokeswoman X", "lt.col. X", "minister, X" is not a title
  let k = chunk.first - 1;
  while (k >= 0) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === '.' && k > 0) {
      k--;
      continue;
    }
    if (t.kind === 'word' && !t.cap && CUES.titles.has(t.key)) titled = true;
    break;
  }
  return { first, last: chunk.last, titled };
}
