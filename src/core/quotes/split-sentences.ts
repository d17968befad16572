import { ABBREVIATIONS } from './quote-words.ts';
import type { Span } from './statement.ts';

// Char codes: the splitter reads every character of every paragraph, so it compares numbers, not strings.
const LEFT_DOUBLE = 0x201c; // “
const LEFT_SINGLE = 0x2018; // ‘
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_DOUBLE = 0x201d; // ”
const RIGHT_SINGLE = 0x2019; // ’
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT = 0x22; // "

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
const OPENS_SENTENCE = /^[\p{Lu}\p{N}“‘"«(]$/u;
const ABBREVIATION_TAIL = /([\p{L}.]+)$/u;
const CAPITAL = /^\p{Lu}$/u;

/** Whether the UTF-16 unit at `at` is a letter on its own (a unit of a surrogate pair is not, as `/\p{L}/u` on it). */
function isLetterUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c === c && LETTER.test(text.charAt(at)); // c !== c: past the end
}

/** Whether the unit at `at` is white space (`\s`); false past the end. */
function isSpaceUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE.test(text.charAt(at));
}

/** A closing quote or bracket a stop may stand before: ” ’ » " ) ]. */
function isCloser(c: number): boolean {
  return (
    c === RIGHT_DOUBLE ||
    c === RIGHT_SINGLE ||
    c === RIGHT_GUILLEMET ||
    c === STRAIGHT ||
    c === 41 ||
    c === 93
  );
}

/** Whether the unit at `at` can open a sentence: a capital, a digit, an opening quote or bracket. */
function opensSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === STRAIGHT || c === 40;
  return OPENS_SENTENCE.test(text.charAt(at));
}

/** Whether the word before a full stop at `dot` is an abbreviation or an initial ("lt.col.", "Mr.", "J."). */
function isAbbreviation(text: string, dot: number): boolean {
  // the letters and stops right before it, within 20 characters: by char codes while they are ASCII
  const from = Math.max(0, dot - 20);
  let k = dot;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= 128) return isAbbreviationTail(/* wider letters: the pattern */ text.slice(from, dot));
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46)) break;
  }
  return isAbbreviationWord(text.slice(k, dot));
}

function isAbbreviationTail(window: string): boolean {
  return isAbbreviationWord(ABBREVIATION_TAIL.exec(window)?.[1] ?? '');
}

function isAbbreviationWord(before: string): boolean {
  if (before === '') return false;
  if (before.includes('.')) return true; // "lt.col", "U.S"
  if (CAPITAL.test(before)) return true; // an initial
  return ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * Sentences of a paragraph, trimmed. A stop ends one when a capital, a digit or an opening quote follows, and not
 * inside quotation marks: "“We will fight. We will win,” he said." is one sentence; "unveiled. that the …" too.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  let straight = false;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceUnit(text, s)) s++;
    while (e > s && isSpaceUnit(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET || (c === LEFT_SINGLE && !isLetterUnit(text, i - 1)))
      depth++;
    else if (
      (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || c === RIGHT_SINGLE) &&
      depth > 0 &&
      (c !== RIGHT_SINGLE || !isLetterUnit(text, i + 1))
    )
      depth--;
    else if (c === STRAIGHT) straight = !straight;
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    if (depth > 0 || straight) continue;
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpaceUnit(text, j)) continue;
    while (j < n && isSpaceUnit(text, j)) j++;
    if (j < n && !opensSentence(text, j)) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
  }
  push(n);
  return out;
}
