/** Lookup key of a word or name: lower case, accents folded, curly quotes straightened ("Ségou" → "segou"). */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}
