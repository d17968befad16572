import type { RawHit } from './search-engine.ts';

/** Hits of several engines as one list, best first (a stable merge: equal scores keep engine order). */
export function mergeRawHits(lists: readonly (readonly RawHit[])[]): RawHit[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])];
  return nonEmpty.flat().sort((a, b) => b.score - a.score);
}
