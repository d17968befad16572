import type { Token, TokenizedText } from './candidate.ts';
import { foldKey } from './alias/fold-key.ts';

// "U.S." and "lt.col." keep their dots; "Al-Madina" is three tokens (Al, -, Madina) so "New York-based" yields "New York";
// "Russia’s" is "Russia" + "’s".
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?=['’]s\b)|['’]s\b|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[']);

/** Step 1: cuts a text into word, number and punctuation tokens with offsets and sentence starts. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  let atStart = true;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const kind: Token['kind'] = /^\p{N}/u.test(t) ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    const cap = /^\p{Lu}/u.test(t);
    const letters = t.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: t,
      key: foldKey(t),
      start,
      end: start + t.length,
      cap,
      allCaps:
        kind === 'word' && letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      sentenceStart: atStart && kind !== 'punct',
      kind,
    });
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
