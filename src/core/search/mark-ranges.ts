import { foldTerm } from './fold-term.ts';
import { termMatches } from './term-matches.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** A marked run of a text: `text.slice(start, end)`. */
export interface MarkRange {
  start: number;
  end: number;
}

/** Where the words of `text` that answer any of the folded query `terms` stand, in order, never overlapping. */
export function markRanges(text: string, terms: readonly string[]): MarkRange[] {
  if (terms.length === 0) return [];
  return tokenizeWords(text)
    .filter((token) => {
      const word = foldTerm(token.word);
      return terms.some((term) => termMatches(word, term));
    })
    .map(({ start, end }) => ({ start, end }));
}
