import type { Token } from '../candidate.ts';

/**
 * True when a word is a demonym as written: "German Chancellor", not "Germán Cano", whose accent the folded key
 * `german` loses. English demonyms carry no accent, so an accented spelling is a name.
 */
export function isDemonymWord(word: Token, demonyms: { has(key: string): boolean }): boolean {
  return demonyms.has(word.key) && word.text.toLowerCase() === word.key;
}
