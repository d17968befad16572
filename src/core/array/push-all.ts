/**
 * Appends every item to target, in order, one at a time.
 *
 * `target.push(...items)` passes each item as an argument on the stack: with a few hundred thousand
 * mentions (a 5 MB line of names) it throws "Maximum call stack size exceeded".
 *
 * @param target the array to grow
 * @param items what to append, of any length
 * @returns target
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
