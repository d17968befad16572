import { MIN_PREFIX } from './search-defaults.ts';

/** The key of `keys` (sorted) whose shard holds `term`: the longest one `term` begins with, or null when none does. */
export function shardKey(term: string, keys: readonly string[]): string | null {
  // keys are at most MIN_PREFIX letters long (build-search-shards.ts): try the term's prefixes, longest first
  for (let length = Math.min(term.length, MIN_PREFIX); length > 0; length--) {
    const prefix = term.slice(0, length);
    if (keyIndex(keys, prefix) >= 0) return prefix;
  }
  return null;
}

/** Where `key` stands in `keys` (sorted), or -1. */
export function keyIndex(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = keys[mid] ?? '';
    if (at === key) return mid;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
