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
  for (const m of text.matchAll(TOKEN)) {
    const whole = m[0];
    // "Russia’s" → "Russia" + "’s"
    // "Workers'" → "Workers" + "'"
    const possessive =
      whole.length > 2 && /['’]s$/.test(whole) ? 2 : whole.length > 1 && /\p{L}['’]$/u.test(whole) ? 1 : 0;
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
    const upper = t.toUpperCase();
    tokens.push({
      text: t,
      key: ASCII.test(t) ? t.toLowerCase() : foldKey(t),
      start,
      end: start + t.length,
      cap,
      // "EU", "UK", "U.S.": letters all capitals (a word whose upper and lower case differ)
      allCaps: kind === 'word' && cap && t === upper && upper !== t.toLowerCase(),
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

/** True when the period just pushed ends an abbreviation such as "lt." or "col." rather than a sentence. */
function isAbbreviationDot(tokens: readonly Token[]): boolean {
  const dot = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (!dot || dot.text !== '.' || !prev || prev.end !== dot.start) return false;
  return /^(lt|col|gen|maj|capt|sgt|mr|mrs|ms|dr|st|prof|sen|rep|gov|no|vs|jr|sr|[A-Z])$/i.test(prev.text);
}
