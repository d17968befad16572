import { searchTerm } from './search-term.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** The folded words of a query, without repeats or stop words: "The Kyiv  kyiv, Mariupol" → ["kyiv", "mariupol"]. */
export function queryTerms(query: string): string[] {
  const terms = tokenizeWords(query).flatMap((token) => searchTerm(token.word) ?? []);
  return [...new Set(terms)];
}
