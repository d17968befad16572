import { foldTerm } from './fold-term.ts';
import { tokenizeWords } from './tokenize-words.ts';

/**
 * The index's fields and how text becomes terms; the build and the browser must pass the same to MiniSearch
 * (`new MiniSearch(…)`, `MiniSearch.loadJSON(json, …)`), or a loaded index would not match its queries.
 */
export const SEARCH_INDEX_OPTIONS = {
  fields: ['text', 'title', 'heading'],
  tokenize: (text: string): string[] => tokenizeWords(text).map((token) => token.word),
  processTerm: (term: string): string | null => foldTerm(term) || null,
};

/** How a query matches: every word (AND), the last one typed as a prefix, one typo in five letters. */
export const SEARCH_DEFAULTS = {
  prefix: true,
  fuzzy: 0.2,
  /** MiniSearch's cap on the edit distance `fuzzy` allows. */
  maxFuzzy: 6,
  combineWith: 'AND',
  /** A headline outweighs a sub-heading, which outweighs body text. */
  boost: { title: 3, heading: 2, text: 1 },
} as const;
