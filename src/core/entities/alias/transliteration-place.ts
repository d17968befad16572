import type { GazetteerEntry } from '../gazetteer-index.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { skeletonKey, translitKey } from './translit-key.ts';
import { editDistance } from './edit-distance.ts';
import { remembered } from '../remembered.ts';

/** Places big enough that a spelling variant of their name is more likely them than an unknown village. */
const MIN_POPULATION = 100_000;
let bySkeleton: Map<string, GazetteerEntry[]> | null = null;

/**
 * `alias:transliteration`: the gazetteer place an unknown place name is a spelling variant of, by consonant skeleton:
 * "Kiev" → Kyiv, "Gorlovka" → Horlivka. Same first sound (g/h alike), at most two edits apart; when several places
 * share the skeleton, the most populous. Null when nothing fits.
 */
// asked at every mention of an unknown place, and the answer depends on the name alone
export const transliterationPlace: (name: string) => GazetteerEntry | null = remembered(findPlace);

function findPlace(name: string): GazetteerEntry | null {
  if (!bySkeleton) {
    bySkeleton = new Map();
    for (const p of gazetteerIndex().places) {
      if (p.rule === 'gazetteer:city' && p.population < MIN_POPULATION) continue;
      const k = skeletonKey(p.name);
      if (k.length < 2) continue;
      const list = bySkeleton.get(k) ?? [];
      list.push(p);
      bySkeleton.set(k, list);
    }
  }
  const key = translitKey(name);
  const first = (s: string): string => s.charAt(0).replace('g', 'h');
  const soft = (s: string): string => s.replace(/g/g, 'h');
  // same skeleton and one letter apart (two for long names): "Kiev"/"Kyiv", "Gorlovka"/"Horlivka"; not "Bahri"/"Bogra"
  const fits = (bySkeleton.get(skeletonKey(name)) ?? []).filter((p) => {
    const k = translitKey(p.name);
    const max = Math.min(k.length, key.length) >= 7 ? 2 : 1;
    return first(k) === first(key) && editDistance(soft(k), soft(key), max) <= max;
  });
  fits.sort((a, b) => b.population - a.population);
  return fits[0] ?? null;
}
