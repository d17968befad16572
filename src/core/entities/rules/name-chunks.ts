import type { Token, TokenizedText } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/** A run of capitalized words that may be a name: tokens `[first, last)`. */
export interface Chunk {
  first: number;
  last: number;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'on',
  'de',
  'del',
  'du',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
  'van',
  'von',
  'da',
  'dos',
]);

const isCapWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap;
const isCalendar = (t: Token): boolean => CUES.months.has(t.key) || CUES.weekdays.has(t.key);

/**
 * Finds runs of capitalized words: "Ministry of Home Affairs" (an "of" after a cue word), "Al-Madina News"
 * (hyphen inside a word), "Sea of Azov"; a month or weekday ("February", "Sunday") never starts or joins a run.
 */
export function nameChunks(doc: TokenizedText): Chunk[] {
  const { tokens } = doc;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "In Mali", "While Diallo": a capitalized function word at a sentence start is not part of a name
    if (!t || !isCapWord(t) || isCalendar(t) || (t.sentenceStart && CUES.functionWords.has(t.key))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      const after = tokens[j + 1];
      if (!next) break;
      if (isCapWord(next) && !isCalendar(next)) {
        j++;
      } else if (
        (next.key === "'s" || next.key === "'") &&
        after &&
        isCapWord(after) &&
        CUES.possessiveNouns.has(tokens[j - 1]?.key ?? '')
      ) {
        j += 2; // "Republican People’s Party", "People’s Defense Forces", "Workers' Party"; not "Bolsonaro’s Liberal Party"
      } else if (
        next.text === '-' &&
        after &&
        isCapWord(after) &&
        tokens[j - 1]?.end === next.start &&
        next.end === after.start
      ) {
        j += 2; // "Al-Madina", "Guinea-Bissau"
      } else if (CONNECTORS.has(next.key) && !next.cap && after?.text === '-' && isCapWord(tokens[j + 2])) {
        j += 3; // "Abdel Fattah al-Sisi", "al-Quds Brigades"
      } else if (
        (next.key === 'of' || next.key === 'for' || next.key === 'on') &&
        after?.key === 'the' &&
        isCapWord(tokens[j + 2]) &&
        isCueBeforeOf(tokens, i, j, next.key)
      ) {
        j += 3; // "Movement for the Salvation of Azawad"
      } else if (
        CONNECTORS.has(next.key) &&
        !next.cap &&
        isCapWord(after) &&
        (next.key !== 'of' && next.key !== 'for' && next.key !== 'on'
          ? true
          : isCueBeforeOf(tokens, i, j, next.key))
      ) {
        j += 2; // "Ministry of Home Affairs", "Bank of Thailand", "Abu Bakr al-Baghdadi"
      } else break;
    }
    chunks.push({ first: i, last: j });
    i = j;
  }
  return chunks;
}

/** "of" joins a name only after a cue word: "Ministry of …", "Sea of …", "Republic of …", never "Criticism of Germany". */
function isCueBeforeOf(tokens: readonly Token[], first: number, ofIndex: number, connector: string): boolean {
  for (let k = first; k < ofIndex; k++) {
    const key = tokens[k]?.key ?? '';
    if (
      CUES.orgPrefixes.has(key) ||
      CUES.orgSuffixes.has(key) ||
      CUES.featurePrefixes.has(key) ||
      CUES.polities.has(key) ||
      // "Minister of Environment Murat Kurum"; not "President Abdel Fattah al-Sisi for Egypt"
      (connector === 'of' && CUES.titles.has(key))
    )
      return true;
  }
  return false;
}
