import type { Unit } from './03-group-blocks.ts';
import { pushAll } from '../array/push-all.ts';

/** How many paragraphs after a heading show what it is about. */
const LOOKAHEAD_PARAGRAPHS = 3;

/** The keys in a heading and in the paragraphs under it (up to the next heading, at most a few paragraphs). */
export function following(units: readonly Unit[], names: readonly string[][], i: number): string[] {
  const keys = [...(names[i] ?? [])];
  for (
    let k = i + 1;
    k < units.length && k <= i + LOOKAHEAD_PARAGRAPHS && units[k]?.kind === 'paragraph';
    k++
  ) {
    pushAll(keys, names[k] ?? []);
  }
  return keys;
}

/**
 * Rare names weigh more: "Russia" in every story of a war digest says little, "Belarus" appearing suddenly says
 * much. Weight = log((P + 1) / (paragraphs naming it + 0.5)), always positive.
 */
export function inverseParagraphFrequency(
  units: readonly Unit[],
  names: readonly string[][],
): (key: string) => number {
  const frequency = new Map<string, number>();
  let paragraphs = 0;
  units.forEach((u, i) => {
    if (u.kind !== 'paragraph') return;
    paragraphs++;
    for (const key of new Set(names[i])) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  });
  return (key) => Math.log((paragraphs + 1) / ((frequency.get(key) ?? 0) + 0.5));
}

/** Weighted share of `after`'s distinct names already in `story`, or null when `after` names nothing. */
export function continuity(
  story: ReadonlySet<string>,
  after: readonly string[],
  weight: (key: string) => number,
): number | null {
  let shared = 0;
  let total = 0;
  for (const key of new Set(after)) {
    const w = weight(key);
    total += w;
    if (story.has(key)) shared += w;
  }
  return total > 0 ? shared / total : null;
}
