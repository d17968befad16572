import type { Token, TokenizedText } from '../candidate.ts';
import { CUES } from './cue-sets.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { tokenAt } from './chunk-words.ts';
import { isHyphenPrefixed } from './hyphen-prefixed.ts';
import { NAME_PARTICLES } from '../alias/name-particles.ts';
import { speakerAfterName } from './speaker-after-name.ts';
import { isLetterCompound } from './letter-compound.ts';

/** A run of capitalized words that may be a name: tokens `[first, last)`. */
export interface Chunk {
  first: number;
  last: number;
}

// "Ursula von der Leyen", "Bank of Korea": lower-case words a name may cross (lexicon/name-particles.json)
const CONNECTORS = NAME_PARTICLES.connectors;

const isCapWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap;
const isCalendar = (t: Token): boolean => CUES.months.has(t.key) || CUES.weekdays.has(t.key);
/** A capitalized word that may go on a name after a connector: "the Supreme Court on July 1" stops before "July". */
const isNameWord = (t: Token | undefined): boolean => isCapWord(t) && !isCalendar(t as Token);
// one syllable as Chinese and Korean names are romanized: consonants, one run of vowels, an n/ng/m/k/t/p/h/l coda
// ("un", "yan", "cheung", "kwok"); "winner", "based", "born" are English
const ROMANIZED_SYLLABLE = /^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|t|p|h|l)?$/;

/**
 * "Choe Ryong-hae", "Chan Tak-ming": a lower-case syllable hyphened to the last of two capitalized words is part of the
 * name; "New York-based", "the Kremlin-backed" end in an English word and are not.
 */
function hyphenSyllable(tokens: readonly Token[], i: number, j: number): boolean {
  const hyphen = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!hyphen || !before || !after || hyphen.text !== '-' || after.kind !== 'word' || after.cap) return false;
  if (before.end !== hyphen.start || hyphen.end !== after.start || j - i < 2) return false;
  // "Choe Ryong-hae" and "Choe Ryong-hae's" are names; "Ryong-hae" after a lone word, "Trump-era" are not
  const next = tokens[j + 2];
  if (next && next.start === after.end && next.text === '-') return false;
  return (
    ROMANIZED_SYLLABLE.test(after.text) && !CUES.hyphenEndings.has(after.key) && isCapWord(tokens[j - 2])
  );
}

/** "H. Lee Sarno", "George W. Bush": a single capital and its period inside a name. */
function initialDot(tokens: readonly Token[], j: number): boolean {
  const dot = tokens[j];
  const initial = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    !!dot &&
    !!initial &&
    dot.text === '.' &&
    initial.text.length === 1 &&
    initial.end === dot.start &&
    isNameWord(after) &&
    !CUES.functionWords.has(after?.key ?? '')
  );
}

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
    // "Cleopatra, I don't know": the pronoun alone is no name ("World War I" keeps its numeral)
    if (t.text === 'I' && !isCapWord(tokens[i + 1])) {
      i++;
      continue;
    }
    // "Pro-Beijing camp", "pro-Beijing": the prefix and the name it makes an adjective of are no run; "NASA
    // T-shirt": nor a letter
    if (isPrefixWord(tokens, i) || isLetterCompound(tokens, i) || isHyphenPrefixed(tokens, i)) {
      i += isPrefixWord(tokens, i) ? 3 : 1;
      continue;
    }
    let j = i + 1;
    // "the pro-Beijing New People Party", "anti-Kremlin Yabloko": a name after a lower-case prefix and hyphen is a
    // modifier of one word, not the head of the next name; a particle ("the al-Quds Brigades") is part of the name
    const hyphen = tokenAt(tokens, i - 1);
    const prefix = tokenAt(tokens, i - 2);
    const prefixed =
      hyphen?.text === '-' &&
      hyphen.start === prefix?.end &&
      prefix.kind === 'word' &&
      !prefix.cap &&
      !CONNECTORS.has(prefix.key);
    for (; !prefixed;) {
      const next = tokens[j];
      const after = tokens[j + 1];
      if (!next) break;
      if (isCapWord(next) && !isCalendar(next) && !isLetterCompound(tokens, j)) {
        j++;
      } else if (
        (next.key === "'s" || next.key === "'") &&
        after &&
        isCapWord(after) &&
        (CUES.possessiveNouns.has(tokens[j - 1]?.key ?? '') ||
          (CUES.titles.has(tokens[j - 1]?.key ?? '') && CUES.orgSuffixes.has(after.key)))
      ) {
        // "Republican People’s Party", "Workers' Party", "the Ombudsman's Office" (an office's holder before an org word);
        // not "Bolsonaro’s Liberal Party"
        j += 2;
      } else if (
        next.text === '-' &&
        after &&
        isCapWord(after) &&
        tokens[j - 1]?.end === next.start &&
        next.end === after.start
      ) {
        j += 2; // "Al-Madina", "Guinea-Bissau"
      } else if (hyphenSyllable(tokens, i, j)) {
        j += 2; // "Choe Ryong-hae", "Chan Tak-ming"
      } else if (initialDot(tokens, j)) {
        j += 1; // "H. Lee Sarno"
      } else if (CONNECTORS.has(next.key) && !next.cap && after?.text === '-' && isCapWord(tokens[j + 2])) {
        j += 3; // "Abdel Fattah al-Sisi", "al-Quds Brigades"
      } else if (
        CONNECTORS.has(next.key) &&
        !next.cap &&
        !OF_FOR_ON.has(next.key) &&
        after &&
        CONNECTORS.has(after.key) &&
        !after.cap &&
        isNameWord(tokens[j + 2])
      ) {
        j += 3; // "Banco de la Nación", "Frente de los Trabajadores"
      } else if (next.text === '&' && isCapWord(after)) {
        j += 2; // "Procter & Gamble", "AT&T", "Texas A&M": an ampersand between capitals is inside a name
      } else if (next.key === 'and' && isCapWord(after) && andJoins(tokens, i, j)) {
        j += 2; // "Georgian Oil and Gas Corporation", "Ministry of Energy and Mines"
      } else if (
        (next.key === 'of' || next.key === 'for' || next.key === 'on') &&
        after?.key === 'the' &&
        isNameWord(tokens[j + 2]) &&
        isCueBeforeOf(tokens, i, j, next.key) &&
        !secondOfPlace(tokens, i, j, j + 2)
      ) {
        j += 3; // "Movement for the Salvation of Azawad"
      } else if (
        CONNECTORS.has(next.key) &&
        !next.cap &&
        isNameWord(after) &&
        (next.key !== 'of' && next.key !== 'for' && next.key !== 'on'
          ? true
          : isCueBeforeOf(tokens, i, j, next.key) && !secondOfPlace(tokens, i, j, j + 1))
      ) {
        j += 2; // "Ministry of Home Affairs", "Bank of Thailand", "Abu Bakr al-Baghdadi"
      } else break;
    }
    const speaker = speakerAfterName(tokens, i, j);
    if (speaker > i) chunks.push({ first: i, last: speaker }, { first: speaker, last: j });
    else chunks.push({ first: i, last: j });
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
  // "the National Air and Space Museum": a building's name; not a region's ("Kharkiv and Donetsk Oblast")
  if (CUES.buildingSuffixes.has(tail) && !hasOf) return true;
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

/**
 * "the University of Sheffield of the UK": a second "of" before a known place says where the named body is; it is not
 * part of its name. `ofIndex` is the connector, `nameIndex` the first capitalized word after it.
 */
function secondOfPlace(tokens: readonly Token[], first: number, ofIndex: number, nameIndex: number): boolean {
  // "Armed Forces of the Democratic Republic of the Congo": the second "of" belongs to a state's name
  const prev = tokens[ofIndex - 1]?.key ?? '';
  if (tokens[ofIndex]?.key !== 'of' || CUES.polities.has(prev) || CUES.featurePrefixes.has(prev))
    return false;
  // "Ministry of Foreign Affairs of Ukraine": a country right after the second "of", with no "the", is the state the
  // body belongs to and part of its name; "the University of Sheffield of the UK" only says where it is
  const named =
    nameIndex === ofIndex + 1 ? gazetteerIndex().byKey.get(tokens[nameIndex]?.key ?? '') : undefined;
  if (named?.rule === 'gazetteer:country' && !isNameWord(tokens[nameIndex + 1])) return false;
  let hasOf = false;
  for (let k = first; k < ofIndex && !hasOf; k++) hasOf = tokens[k]?.key === 'of';
  if (!hasOf) return false;
  let end = nameIndex;
  while (isNameWord(tokens[end])) end++;
  const key = tokens
    .slice(nameIndex, end)
    .map((t) => t.key)
    .join(' ');
  return gazetteerIndex().byKey.get(key)?.type === 'place';
}

/** "Pro-Beijing", "Anti-Kremlin": a modifier prefix, its hyphen and the name after it (`i` at the prefix). */
function isPrefixWord(tokens: readonly Token[], i: number): boolean {
  return CUES.hyphenPrefixes.has(tokens[i]?.key ?? '') && isHyphenPrefixed(tokens, i + 2);
}
