import { VERB_FORMS, type VerbForm } from './quote-words.ts';
import type { Span } from './statement.ts';

/** A speech verb form written in a text, in lower case and standing alone: "said", "pointed out". */
export interface FormAt extends Span {
  verb: VerbForm;
}

/** Forms by their first word, longest first (as an alternation of them tries them): "pointed out" before "pointed". */
const BY_FIRST_WORD = new Map<string, VerbForm[]>();
for (const v of VERB_FORMS) {
  const first = v.form.split(' ')[0] ?? v.form;
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push(v);
  BY_FIRST_WORD.set(first, list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.form.length - a.form.length);

/** The lengths and first characters first words have: most words of a sentence are not looked up (nor copied). */
const FIRST_WORDS = [...BY_FIRST_WORD.keys()];
const MIN_LENGTH = Math.min(...FIRST_WORDS.map((w) => w.length));
const MAX_LENGTH = Math.max(...FIRST_WORDS.map((w) => w.length));
const FIRST_CHARS = new Set(FIRST_WORDS.map((w) => w.charCodeAt(0)));

const WIDE_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Length of the character at `at` when it continues a word (a letter, digit, ’, ' or -), else 0: 2 for a letter
 * outside the Basic Multilingual Plane. By char codes for ASCII, which is nearly all of a news text.
 */
function wordCharLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45
      ? 1
      : 0;
  if (c === 0x2019) return 1;
  const code = text.codePointAt(at) ?? 0;
  const length = code > 0xffff ? 2 : 1;
  return WIDE_WORD_CHAR.test(text.slice(at, at + length)) ? length : 0;
}

/**
 * Every speech verb form in `text.slice(span.start, span.end)` that stands alone: no letter, digit, apostrophe or
 * hyphen right before or after it ("Said Ahmed" is a name, "the so-called plan" a compound), matched in lower case as
 * written. The words of the stretch are walked once and each looked up, where a pattern of all the forms was tried at
 * every character (most of the quote reader's time went there).
 */
export function speechVerbForms(text: string, span: Span): FormAt[] {
  const out: FormAt[] = [];
  let at = span.start;
  while (at < span.end) {
    const step = wordCharLength(text, at);
    if (step === 0) {
      at++;
      continue;
    }
    // a word: the longest run of word characters from here, cut at the stretch's end
    let end = at + step;
    for (let n = 0; end < span.end && (n = wordCharLength(text, end)) > 0;) end += n;
    const length = end - at;
    const forms =
      length >= MIN_LENGTH && length <= MAX_LENGTH && FIRST_CHARS.has(text.charCodeAt(at))
        ? BY_FIRST_WORD.get(text.slice(at, end))
        : undefined;
    const found = forms?.find((v) => fitsAt(text, span, at, v.form));
    if (found) {
      const formEnd = at + found.form.length;
      out.push({ start: at, end: formEnd, verb: found });
      end = formEnd;
    }
    at = end;
  }
  return out;
}

/** Whether `form` is written at `at`, within the stretch, and no word character follows it there. */
function fitsAt(text: string, span: Span, at: number, form: string): boolean {
  const end = at + form.length;
  if (end > span.end || !text.startsWith(form, at)) return false;
  return end === span.end || wordCharLength(text, end) === 0;
}
