import { editDistance } from '../entities/alias/edit-distance.ts';
import { FUZZY, MIN_FUZZY, MIN_PREFIX, SEARCH_DEFAULTS } from './search-defaults.ts';

/**
 * Whether a folded word of the text answers a folded query term the way the index does: the same word, a word
 * it begins from 3 letters ("mariu" → "mariupol"), or from 4 letters one within the typo allowance
 * ("mariupl" → "mariupol").
 */
export function termMatches(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= MIN_PREFIX && word.startsWith(term)) return true;
  if (term.length < MIN_FUZZY) return false;
  const allowed = Math.min(SEARCH_DEFAULTS.maxFuzzy, Math.round(term.length * FUZZY));
  return allowed > 0 && editDistance(word, term, allowed) <= allowed;
}
