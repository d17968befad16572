import { searchTerm } from './search-term.ts';
import { tokenizeWords } from './tokenize-words.ts';

/**
 * The index's fields and how text becomes terms; the build and the browser must pass the same to MiniSearch
 * (`new MiniSearch(…)`, `MiniSearch.loadJSON(json, …)`), or a loaded index would not match its queries.
 */
export const SEARCH_INDEX_OPTIONS = {
  fields: ['text', 'title', 'heading'],
  tokenize: (text: string): string[] => tokenizeWords(text).map((token) => token.word),
  processTerm: (term: string): string | null => searchTerm(term),
};

/** Shortest query word matched as a prefix: "ma" would expand to every word starting with ma (slow at scale). */
export const MIN_PREFIX = 3;
/** Shortest query word allowed a typo: "kyv" ~ "key", "kiv", "kyiv" … is noise, and slow on a large corpus. */
export const MIN_FUZZY = 4;
/** Edit distance allowed per letter of a query word (one typo in five letters). */
export const FUZZY = 0.2;

/** How a query matches: every word (AND), as a prefix from 3 letters, one typo in five letters from 4. */
export const SEARCH_DEFAULTS = {
  prefix: (term: string): boolean => term.length >= MIN_PREFIX,
  fuzzy: (term: string): number | false => (term.length >= MIN_FUZZY ? FUZZY : false),
  /** MiniSearch's cap on the edit distance `fuzzy` allows. */
  maxFuzzy: 6,
  combineWith: 'AND',
  /** A headline outweighs a sub-heading, which outweighs body text. */
  boost: { title: 3, heading: 2, text: 1 },
} as const;
