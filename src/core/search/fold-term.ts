import { foldText } from '../text/fold-text.ts';

/**
 * A word as search compares it: Unicode-normalised, accents dropped, lower case ("Kyïv" → "kyiv",
 * "МАРІУПОЛЬ" → "маріуполь"); the index, the query and the marks all fold the same way.
 */
export function foldTerm(word: string): string {
  return foldText(word);
}
