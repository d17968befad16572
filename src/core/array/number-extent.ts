/**
 * The least and greatest of some numbers, `[Infinity, -Infinity]` when there are none (as `Math.min()` and
 * `Math.max()` give), without spreading them into a call: `Math.max(...xs)` overflows the stack on a long array.
 *
 * @param values the numbers, of any length
 * @returns `[min, max]`
 */
export function numberExtent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    // NaN spreads into Math.min/max as NaN; keep that so callers see the same result as before
    if (Number.isNaN(v)) return [NaN, NaN];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}
