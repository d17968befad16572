import { ABBREVIATIONS } from './quote-words.ts';
import type { Span } from './statement.ts';

const OPENERS = new Set(['“', '‘', '«']);
const CLOSERS = new Set(['”', '’', '»']);

/** Whether the word before a full stop at `dot` is an abbreviation or an initial ("lt.col.", "Mr.", "J."). */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (before === '') return false;
  if (before.includes('.')) return true; // "lt.col", "U.S"
  if (/^\p{Lu}$/u.test(before)) return true; // an initial
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
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPENERS.has(c) && (c !== '‘' || !/\p{L}/u.test(text[i - 1] ?? ''))) depth++;
    else if (CLOSERS.has(c) && depth > 0 && (c !== '’' || !/\p{L}/u.test(text[i + 1] ?? ''))) depth--;
    else if (c === '"') straight = !straight;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (depth > 0 || straight) continue;
    let j = i + 1;
    while (j < text.length && /[”’»")\]]/u.test(text[j] ?? '')) j++;
    if (j < text.length && !/\s/u.test(text[j] ?? '')) continue;
    while (j < text.length && /\s/u.test(text[j] ?? '')) j++;
    if (j < text.length && !/[\p{Lu}\p{N}“‘"«(]/u.test(text[j] ?? '')) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
