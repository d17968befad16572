import type { Token, TokenizedText } from './candidate.ts';
import { foldKey } from './alias/fold-key.ts';
import { remembered } from './remembered.ts';
import functionWords from './lexicon/function-words.json' with { type: 'json' };

// "U.S." and "lt.col." keep their dots; "Al-Madina" is three tokens (Al, -, Madina) so "New York-based" yields "New York";
// "Russia’s" is "Russia" + "’s".
// (A possessive is split off in code: a look-ahead alternative in the pattern made every word be scanned twice.)
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
/** Plain ASCII needs no accent folding: its key is its lower case. */
const ASCII = /^[\x20-\x26\x28-\x7e]*$/;
// Patterns as constants: a literal inside a function is a new RegExp object each time it runs, here per token.
const NUMBER_START = /^\p{N}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ABBREVIATIONS: ReadonlySet<string> = new Set(functionWords.abbreviations);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[']);

/** Step 1: cuts a text into word, number and punctuation tokens with offsets and sentence starts. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  let atStart = true;
  const n = text.length;
  let at = 0;
  while (at < n) {
    const c = text.charCodeAt(at);
    // ASCII white space: most gaps between tokens (others, such as U+00A0, are the pattern's business)
    if (c === 32 || (c >= 9 && c <= 13)) {
      at++;
      continue;
    }
    // Scanned by hand where plain ASCII and common wide punctuation decide; the pattern where another character may.
    let start = at;
    let end = fastTokenEnd(text, at, c);
    const fast = end >= 0;
    if (!fast) {
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    at = end;
    const whole = text.slice(start, end);
    // "Russia’s" → "Russia" + "’s"
    // "Workers'" → "Workers" + "'"
    const possessive = possessiveLength(whole);
    const t = possessive ? whole.slice(0, -possessive) : whole;
    const c0 = t.charCodeAt(0);
    const kind: Token['kind'] =
      c0 >= 48 && c0 <= 57
        ? 'number'
        : (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)
          ? 'word'
          : c0 < 128
            ? 'punct'
            : NUMBER_START.test(t)
              ? 'number'
              : LETTER_START.test(t)
                ? 'word'
                : 'punct';
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER_START.test(t);
    tokens.push({
      text: t,
      // plain ASCII has no accents to fold: its key is its lower case
      key: fast && c0 < 128 && !(sawRightQuote && t.includes('’')) ? t.toLowerCase() : keyOf(t),
      start,
      end: start + t.length,
      cap,
      // "EU", "UK", "U.S.": letters all capitals (a word whose upper and lower case differ)
      allCaps: kind === 'word' && cap && isAllCaps(t),
      sentenceStart: atStart && kind !== 'punct',
      kind,
    });
    if (possessive) {
      const ps = whole.slice(-possessive);
      tokens.push({
        text: ps,
        key: ps.replace('’', "'"),
        start: start + t.length,
        end,
        cap: false,
        allCaps: false,
        sentenceStart: false,
        kind: 'punct',
      });
    }
    if (kind !== 'punct') atStart = false;
    // "lt.col." is an abbreviation, not the end of a sentence; a period after a single capital ("J.") neither
    else if (SENTENCE_END.has(t)) atStart = !isAbbreviationDot(tokens);
    else if (!OPENERS.has(t)) atStart = false;
  }
  return { text, tokens };
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/**
 * Punctuation outside ASCII that news text is full of (curly double quotes, left single quote, dashes, ellipsis,
 * guillemets, bullet): none a letter, mark or digit, so it ends a word or number and is a token of its own.
 * (’ is not among them: the pattern keeps it inside a word, "Russia’s".)
 */
const isWidePunct = (c: number): boolean =>
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 0x2026 ||
  c === 0xab ||
  c === 0xbb ||
  c === 0x2022;
const RIGHT_QUOTE = 0x2019;

/** Set by `fastTokenEnd` when the token it ended holds a ’ (then its key needs folding, not just lower case). */
let sawRightQuote = false;

/**
 * End of the token TOKEN matches at `at` (not white space), or -1 when a character outside ASCII could change the
 * match (an accent, another script's letter or digit): then the pattern decides. Same alternatives in the same order:
 * "U.S." (capitals with dots), a word (with ' and ’), a number with separators, one character.
 */
function fastTokenEnd(text: string, at: number, c: number): number {
  const n = text.length;
  sawRightQuote = false;
  // charCodeAt past the end is NaN, which fails every comparison below like a character that ends the token
  if (c >= 128) return isWidePunct(c) ? at + 1 : -1;
  if (isUpper(c) && text.charCodeAt(at + 1) === 46) {
    let j = at;
    while (isUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    const d = text.charCodeAt(j);
    if (j < n && d >= 128 && !isWidePunct(d)) return -1; // "U.É." may go on
    if (j - at >= 4) return j;
  }
  if (isLetter(c)) {
    let j = at + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128) {
        if (d === RIGHT_QUOTE) {
          sawRightQuote = true;
          continue;
        }
        if (isWidePunct(d)) break;
        return -1;
      }
      if (!isLetter(d) && !isDigit(d) && d !== 39) break;
    }
    return j;
  }
  if (isDigit(c)) {
    let j = at + 1;
    for (;;) {
      while (isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if (d >= 128 && !isWidePunct(d)) return -1;
      if ((d === 44 || d === 46) && j + 1 < n) {
        const e = text.charCodeAt(j + 1);
        if (e >= 128 && !isWidePunct(e)) return -1;
        if (isDigit(e)) {
          j += 2;
          continue;
        }
      }
      return j;
    }
  }
  return at + 1;
}

/** Length of a possessive ending to split off: 2 for "Russia’s", 1 for "Workers'", else 0 (char codes: this runs per token). */
function possessiveLength(whole: string): number {
  const n = whole.length;
  const last = whole.charCodeAt(n - 1);
  if (n > 2 && last === 115) {
    const q = whole.charCodeAt(n - 2);
    return q === 39 || q === 0x2019 ? 2 : 0;
  }
  return n > 1 && (last === 39 || last === 0x2019) && LETTER.test(whole.charAt(n - 2)) ? 1 : 0;
}

/** "EU", "U.S.": its letters all capitals, and letters that have a case. */
function isAllCaps(t: string): boolean {
  // ASCII by char codes, without allocating two strings per capitalized word
  let ascii = true;
  for (let i = 0; i < t.length && ascii; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) ascii = false;
  }
  if (ascii) return true; // capitalized (its first letter A–Z) and no lower-case letter
  const upper = t.toUpperCase();
  return t === upper && upper !== t.toLowerCase();
}

// Keys of accented words already seen: folding accents is costly, and a digest repeats its names. (Plain ASCII is
// lower-cased directly: hashing each fresh token string for a lookup cost more than lower-casing it.)
const foldedKey = remembered(foldKey);

/** Lookup key of a token's text. */
function keyOf(t: string): string {
  return ASCII.test(t) ? t.toLowerCase() : foldedKey(t);
}

/** True when the period just pushed ends an abbreviation such as "lt." or "col." rather than a sentence. */
function isAbbreviationDot(tokens: readonly Token[]): boolean {
  const dot = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (!dot || dot.text !== '.' || !prev || prev.end !== dot.start) return false;
  // a single capital ("J.") or a listed word (lexicon/function-words.json), in any case
  return /^[A-Z]$/i.test(prev.text) || ABBREVIATIONS.has(prev.text.toLowerCase());
}
