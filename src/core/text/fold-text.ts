/**
 * Letters that are not a base letter plus a combining mark, so decomposing leaves them as they are: Polish ł
 * ("Łódź" → "lodz"), Nordic ø and æ, German ß, Croatian đ, Turkish dotless ı, Maltese ħ, Icelandic þ and ð.
 */
const PLAIN: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ħ: 'h',
  Ħ: 'h',
  þ: 'th',
  Þ: 'th',
};
const UNDECOMPOSABLE = /[ıłŁøØđĐðÐßẞæÆœŒħĦþÞ]/g;

/**
 * Text as every comparison in the app sees it: compatibility-decomposed, combining marks dropped, the letters
 * above spelled plainly, lower case ("Kyïv" → "kyiv", "Łódź" → "lodz", "İstanbul" → "istanbul", "МАРІУПОЛЬ" →
 * "маріуполь"). The search index folds its terms with it at build time and the browser folds queries with it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSABLE, (c) => PLAIN[c] ?? c)
    .toLowerCase();
}
