import { foldTerm } from './fold-term.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** The folded words of a query, without repeats: "Kyiv  kyiv, Mariupol" → ["kyiv", "mariupol"]. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenizeWords(query).map((token) => foldTerm(token.word)))].filter(Boolean);
}
