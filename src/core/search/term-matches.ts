import { editDistance } from '../entities/alias/edit-distance.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

/**
 * Whether a folded word of the text answers a folded query term the way the index does: the same word, a word
 * it begins ("mariu" → "mariupol"), or one within the typo allowance ("mariupl" → "mariupol").
 */
export function termMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  const { fuzzy, maxFuzzy } = SEARCH_DEFAULTS;
  const allowed = Math.min(maxFuzzy, Math.round(term.length * fuzzy));
  return allowed > 0 && editDistance(word, term, allowed) <= allowed;
}
