import { NOT_TOPIC_WORDS } from './lexicon/not-topic-words.ts';

const NOT_TOPIC = new Set(NOT_TOPIC_WORDS);

/** Keys are this long: "Russia", "Russian", "Russians" → "russi"; "Belarus", "Belarusian" → "belar". */
const KEY_LENGTH = 5;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPERCASE = /\p{Lu}/u;
/** Opening quotes and brackets: a quoted capital ("“Red lines”") starts a quotation, not a name. */
function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28; // " “ ‘ « (
}

/** Closing quotes and brackets that may follow a sentence's last mark: `… he said.”` */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29; // " ” ’ » )
}

/** Marks that end a sentence, so the capital after them says nothing about names. */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2026; // . ! ? : …
}

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text.charAt(i));
}

function isUppercase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPERCASE.test(text.charAt(i));
}

/**
 * Keys of the capitalized words in a text that are not at a sentence start: the names a story is about.
 * "Berlin sold arms to Moscow, said the Kremlin." → ["mosco", "kreml"]. Used to tell a new story (few names in
 * common with the one before) from a section of the same story. One pass over the characters: this runs on every
 * paragraph of a digest.
 */
export function topicNames(text: string): string[] {
  const keys: string[] = [];
  const n = text.length;
  let sentenceStart = true;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const start = i;
    while (i < n && text.charCodeAt(i) > 32) i++;
    if (start === i) break;
    const end = i;
    let first = start;
    while (first < end && !isLetterOrDigit(text, first)) first++;
    if (!sentenceStart && first < end && !isOpener(text.charCodeAt(start)) && isUppercase(text, first)) {
      let last = end;
      while (last > first && !isLetterOrDigit(text, last - 1)) last--;
      const word = text.slice(first, last).toLowerCase();
      const key = word.replace(/['’]s$/u, '').slice(0, KEY_LENGTH);
      if (key.length > 1 && !NOT_TOPIC.has(word)) keys.push(key);
    }
    let mark = end - 1;
    while (mark > start && isCloser(text.charCodeAt(mark))) mark--;
    sentenceStart = isSentenceEnd(text.charCodeAt(mark));
  }
  return keys;
}
