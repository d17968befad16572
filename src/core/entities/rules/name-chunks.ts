import type { Token, TokenizedText } from '../candidate.ts';
import { CUES } from './cue-sets.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

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
  // "Ursula von der Leyen", "Rafael van den Berg": a second particle after van/von
  'der',
  'den',
  'ter',
  'da',
  'dos',
  'das',
  'do',
  'des',
  'di',
  'della',
  'los',
  'las',
  'y',
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
        CONNECTORS.has(next.key) &&
        !next.cap &&
        !OF_FOR_ON.has(next.key) &&
        after &&
        CONNECTORS.has(after.key) &&
        !after.cap &&
        isCapWord(tokens[j + 2])
      ) {
        j += 3; // "Banco de la Nación", "Frente de los Trabajadores"
      } else if (next.key === 'and' && isCapWord(after) && andJoins(tokens, i, j)) {
        j += 2; // "Georgian Oil and Gas Corporation", "Ministry of Energy and Mines"
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

const OF_FOR_ON = new Set(['of', 'for', 'on']);

/**
 * "and" joins two runs of capitals into one name when the second ends in an organization word ("Oil and Gas
 * Corporation"), or when the first is an office "of" something and the second one or two words no list knows ("Ministry
 * of Energy and Mines"); never "the Ministry of Finance and Vietnam", "Russia and Gazprom Group".
 */
function andJoins(tokens: readonly Token[], first: number, andIndex: number): boolean {
  let end = andIndex + 1;
  while (isCapWord(tokens[end]) && !isCalendar(tokens[end] as Token)) end++;
  const next = tokens[end];
  if (next && (next.key === "'s" || next.key === "'")) return false;
  const { byKey, demonyms } = gazetteerIndex();
  const keyOf = (a: number, b: number): string =>
    tokens
      .slice(a, b)
      .map((t) => t.key)
      .join(' ');
  if (byKey.has(keyOf(first, andIndex)) || byKey.has(keyOf(andIndex + 1, end))) return false;
  const tail = tokens[end - 1]?.key ?? '';
  const hasOf = tokens.slice(first, andIndex).some((t) => t.key === 'of');
  if (CUES.orgSuffixes.has(tail) && !hasOf) return true;
  const after = tokens.slice(andIndex + 1, end);
  return (
    hasOf &&
    CUES.orgPrefixes.has(
      tokens[first]?.key === 'the' ? (tokens[first + 1]?.key ?? '') : (tokens[first]?.key ?? ''),
    ) &&
    after.length <= 2 &&
    after.every((t) => !demonyms.has(t.key) && !CUES.givenNames.has(t.key) && !byKey.has(t.key))
  );
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
