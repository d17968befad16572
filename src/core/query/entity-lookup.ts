import type { CorpusIndex } from '../schema.ts';

const cache = new WeakMap<CorpusIndex, ReadonlyMap<string, number>>();

/** Position in `index.entities` of each entity id, built once per index. */
export function entityLookup(index: CorpusIndex): ReadonlyMap<string, number> {
  let lookup = cache.get(index);
  if (!lookup) {
    lookup = new Map(index.entities.map((e, i) => [e.id, i]));
    cache.set(index, lookup);
  }
  return lookup;
}
