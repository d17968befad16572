// A word is a run of letters or digits, kept whole across inner apostrophes and hyphens:
// "world’s" and "dual-use" are one word each, "€ 121m" is one ("121m"), "—" is none.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*/gu;

/** Number of words in a text, as a reader would count them. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}
