/** The one empty list every record without items shares. Frozen: a push into it throws instead of filling them all. */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * An empty list that costs nothing per record: a million-line digest has a million headings without mentions, and an
 * empty array of their own was 32 bytes each (as much again as the slot that holds it). Frozen, so it is for records
 * that are built whole and only read, as the corpus is.
 */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}
