import { foldText } from '../../core/text/fold-text.ts';

/** Whether a word of any of the names starts with the query ("eu" finds "EU", not "Reuters"), ignoring case and accents ("lodz" finds "Łódź"). */
export function matchText(query: string, names: readonly string[]): boolean {
  const q = foldText(query.trim());
  if (q === '') return true;
  return names.some((name) => {
    const folded = foldText(name);
    return (
      folded.startsWith(q) ||
      folded.split(/[^\p{L}\p{N}]+/u).some((_, i, words) => words.slice(i).join(' ').startsWith(q))
    );
  });
}
