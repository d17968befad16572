/** A word of a text and where it stands. */
export interface WordToken {
  /** The word as written. */
  word: string;
  /** UTF-16 offset where it starts. */
  start: number;
  /** UTF-16 offset just past it. */
  end: number;
}

// Letters, digits and combining marks of every script: "Маріуполь", "قطر", "2022", "Kyïv" (decomposed too).
// Apostrophes and hyphens split ("Russia's" → Russia, s; "Al-Madina" → Al, Madina), as MiniSearch's default does.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text with their offsets; the index and the marks split text the same way. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
