/** Folds case and accents so "zelenskyy" finds "Zelenskyy" and "kyiv" finds "Kyïv". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a word of any of the names starts with the query ("eu" finds "EU", not "Reuters"), ignoring case and accents. */
export function matchText(query: string, names: readonly string[]): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  return names.some((name) => {
    const folded = fold(name);
    return (
      folded.startsWith(q) ||
      folded.split(/[^\p{L}\p{N}]+/u).some((_, i, words) => words.slice(i).join(' ').startsWith(q))
    );
  });
}
