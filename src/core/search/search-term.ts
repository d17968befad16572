import { foldTerm } from './fold-term.ts';
import { STOP_WORDS } from './stop-words.ts';

/** A word as the index stores it (folded), or null for a stop word or nothing: "Kyïv" → "kyiv", "The" → null. */
export function searchTerm(word: string): string | null {
  const term = foldTerm(word);
  return term && !STOP_WORDS.has(term) ? term : null;
}
