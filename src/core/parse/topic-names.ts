import { NOT_TOPIC_WORDS } from './lexicon/not-topic-words.ts';

const NOT_TOPIC = new Set(NOT_TOPIC_WORDS);

/** Keys are this long: "Russia", "Russian", "Russians" → "russi"; "Belarus", "Belarusian" → "belar". */
const KEY_LENGTH = 5;

/** Marks that end a sentence, so the capital after them says nothing about names. */
const SENTENCE_END = /[.!?:…]["”’»)]*$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Keys of the capitalized words in a text that are not at a sentence start: the names a story is about.
 * "Berlin sold arms to Moscow, said the Kremlin." → ["mosco", "kreml"]. Used to tell a new story (few names in
 * common with the one before) from a section of the same story.
 */
export function topicNames(text: string): string[] {
  const keys: string[] = [];
  let sentenceStart = true;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const word = token.replace(EDGE_PUNCTUATION, '');
    const capitalized = /^\p{Lu}/u.test(word) && !/^["“‘«(]/u.test(token);
    if (capitalized && !sentenceStart) {
      const key = word
        .toLowerCase()
        .replace(/['’]s$/u, '')
        .slice(0, KEY_LENGTH);
      if (key.length > 1 && !NOT_TOPIC.has(word.toLowerCase())) keys.push(key);
    }
    sentenceStart = SENTENCE_END.test(token);
  }
  return keys;
}
