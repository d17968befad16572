import type { Token, TokenizedText } from './candidate.ts';
import { foldKey } from './alias/fold-key.ts';

// "U.S." and "lt.col." keep their dots; "Al-Madina" is three tokens (Al, -, Madina) so "New York-based" yields "New York";
// "Russia’s" is "Russia" + "’s".
// (A possessive is split off in code: a look-ahead alternative in the pattern made every word be scanned twice.)
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
/** Plain ASCII needs no accent folding: its key is its lower case. */
const ASCII = /^[\x20-\x26\x28-\x7e]*$/;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[']);

/** Step 1: cuts a text into word, number and punctuation tokens with offsets and sentence starts. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  let atStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const whole = m[0];
    // "Russia’s" → "Russia" + "’s"
    // "Workers'" → "Workers" + "'"
    const possessive = possessiveLength(whole);
    const t = possessive ? whole.slice(0, -possessive) : whole;
    const start = m.index;
    const c0 = t.charCodeAt(0);
    const kind: Token['kind'] =
      c0 >= 48 && c0 <= 57
        ? 'number'
        : (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)
          ? 'word'
          : c0 < 128
            ? 'punct'
            : /^\p{N}/u.test(t)
              ? 'number'
              : /^[\p{L}\p{M}]/u.test(t)
                ? 'word'
                : 'punct';
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(t);
    tokens.push({
      text: t,
      key: keyOf(t),
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
        end: start + whole.length,
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

/** Length of a possessive ending to split off: 2 for "Russia’s", 1 for "Workers'", else 0 (char codes: this runs per token). */
function possessiveLength(whole: string): number {
  const n = whole.length;
  const last = whole.charCodeAt(n - 1);
  if (n > 2 && last === 115) {
    const q = whole.charCodeAt(n - 2);
    return q === 39 || q === 0x2019 ? 2 : 0;
  }
  return n > 1 && (last === 39 || last === 0x2019) && /\p{L}/u.test(whole.charAt(n - 2)) ? 1 : 0;
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
const FOLDED = new Map<string, string>();

/** Lookup key of a token's text; accented ones remembered (the memory is dropped past 100,000 words). */
function keyOf(t: string): string {
  if (ASCII.test(t)) return t.toLowerCase();
  const known = FOLDED.get(t);
  if (known !== undefined) return known;
  const key = foldKey(t);
  if (FOLDED.size >= 100_000) FOLDED.clear();
  FOLDED.set(t, key);
  return key;
}

/** True when the period just pushed ends an abbreviation such as "lt." or "col." rather than a sentence. */
function isAbbreviationDot(tokens: readonly Token[]): boolean {
  const dot = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (!dot || dot.text !== '.' || !prev || prev.end !== dot.start) return false;
  return /^(lt|col|gen|maj|capt|sgt|mr|mrs|ms|dr|st|prof|sen|rep|gov|no|vs|jr|sr|[A-Z])$/i.test(prev.text);
}
