import { foldKey } from './fold-key.ts';

/**
 * A key under which transliteration variants of one name meet: "Zelensky" = "Zelenskyy" = "Zelenskij" → "zelenski";
 * y/j read as i, ck as k, w as v, ph as f, doubled letters single; letters only.
 */
export function translitKey(text: string): string {
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  const key = computeTranslitKey(text);
  if (KEYS.size >= 100_000) KEYS.clear();
  KEYS.set(text, key);
  return key;
}

// Names recur in every paragraph that mentions them: their keys are remembered (dropped past 100,000 names).
const KEYS = new Map<string, string>();

function computeTranslitKey(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}]/gu, '')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The consonant skeleton of a name, where Russian and Ukrainian spellings of one place meet:
 * "Kiev" = "Kyiv" → "kv", "Gorlovka" = "Horlivka" → "hrlvk" (Ukrainian h for Russian g; vowels dropped).
 */
export function skeletonKey(text: string): string {
  return translitKey(text)
    .replace(/g/g, 'h')
    .replace(/[aeiou]/g, '')
    .replace(/(\p{L})\1+/gu, '$1');
}
