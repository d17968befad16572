import { foldText } from '../../text/fold-text.ts';

/** Lookup key of a word or name: lower case, accents folded, curly quotes straightened ("Ségou" → "segou", "Kılıç" → "kilic"). */
export function foldKey(text: string): string {
  return foldText(text).replace(/[\u2018\u2019\u02bc]/g, "'");
}
