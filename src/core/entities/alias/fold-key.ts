/** Letters that carry no combining accent to drop: Turkish dotless i, Polish ł, Nordic ø … */
const PLAIN: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ħ: 'h',
};

/** Lookup key of a word or name: lower case, accents folded, curly quotes straightened ("Ségou" → "segou", "Kılıç" → "kilic"). */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæÆœŒħ]/g, (c) => PLAIN[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}
