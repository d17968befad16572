/** The key of `keys` (sorted) whose shard holds `term`: the longest one `term` begins with, or null when none does. */
export function shardKey(term: string, keys: readonly string[]): string | null {
  // keys are at most a few letters long: try the term's own prefixes, longest first
  for (let length = Math.min(term.length, 3); length > 0; length--) {
    const prefix = term.slice(0, length);
    if (binaryHas(keys, prefix)) return prefix;
  }
  return null;
}

function binaryHas(sorted: readonly string[], value: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] ?? '';
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
