import STOP_WORD_LIST from './lexicon/stop-words.json' with { type: 'json' };

/**
 * English words too common to search for: nearly every paragraph has "the", so indexing them only makes the
 * index larger and a query like "the war" slower, without narrowing anything. The list is data
 * (`lexicon/stop-words.json`).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_LIST);
