import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { chunkWords, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/** Verbs a company is the subject of when "its" follows: "Oando said its", "Kolberg cut its forecast". */
const ITS_VERBS = new Set([
  'said',
  'says',
  'announced',
  'announces',
  'reported',
  'reports',
  'expects',
  'expected',
  'cut',
  'cuts',
  'raised',
  'raises',
  'sold',
  'sells',
  'closed',
  'closes',
  'halted',
  'suspended',
  'resumed',
]);
/** Verbs of a company's results: "Kolberg posted a record net profit", "Tellan reported quarterly revenue of …". */
const RESULT_VERBS = new Set(['posted', 'posts', 'reported', 'reports', 'booked', 'swung']);
/** Words between a result verb and its noun. */
const RESULT_FILLERS = new Set([
  'a',
  'an',
  'its',
  'record',
  'net',
  'quarterly',
  'annual',
  'first-half',
  'full-year',
]);
const RESULT_NOUNS = new Set([
  'profit',
  'profits',
  'loss',
  'losses',
  'revenue',
  'revenues',
  'earnings',
  'sales',
]);

/**
 * `context:company-verb`: a name no list has, the subject of a verb only a company takes so: "Oando said its
 * output rose", "Meralco cut its rates", "Kolberg posted a record net profit". A person says "his" or "her", and
 * posts no net profit. Not a given name first ("Maria Lopez said its …" is about something else), not a known name,
 * one to three words.
 */
export function companyVerbRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const cw = chunkWords(doc, chunk);
  if (!cw || cw.words.length > 3) return null;
  const { tokens } = doc;
  const verb = tokens[chunk.last];
  if (verb?.kind !== 'word' || verb.cap) return null;
  const next = tokens[chunk.last + 1];
  let company = ITS_VERBS.has(verb.key) && next?.key === 'its';
  if (!company && RESULT_VERBS.has(verb.key)) {
    let k = chunk.last + 1;
    while (k < chunk.last + 5 && RESULT_FILLERS.has(tokens[k]?.key ?? '')) k++;
    company = RESULT_NOUNS.has(tokens[k]?.key ?? '');
  }
  if (!company) return null;
  const { head, words } = cw;
  if (CUES.givenNames.has(head.key) || CUES.titles.has(head.key) || CUES.functionWords.has(head.key))
    return null;
  if (gazetteerIndex().byKey.has(wordsKey(words))) return null;
  return makeCandidate(doc, cw.first, chunk.last, 'organization', 'context:company-verb', 1);
}
