import { foldKey } from './fold-key.ts';
import { remembered } from '../remembered.ts';

/**
 * A key under which transliteration variants of one name meet: "Zelensky" = "Zelenskyy" = "Zelenskij" → "zelenski";
 * y/j read as i, ck as k, w as v, ph as f, doubled letters single; letters only.
 */
export const translitKey: (text: string) => string = remembered(computeTranslitKey);

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
