/**
 * A copy of `base` with `fields` added or replaced, as `{ ...base, ...fields }` but small: a spread copy that adds a
 * key V8 did not see in `base` takes about 320 bytes where this takes about 100 (measured on Node 20, a section of
 * five fields). Per paragraph of a million-line digest that was 300 MB.
 *
 * @param base the object to copy
 * @param fields the fields to add or replace
 * @returns a new object; `base` is not changed
 */
export function withFields<T extends object, U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields);
}
