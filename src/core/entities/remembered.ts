/**
 * `compute` with its answers remembered by argument: names and words recur in every paragraph that mentions them, so
 * their keys are worked out once. The memory is dropped whole past `limit` entries, so it stays bounded on any input.
 */
export function remembered<V>(compute: (key: string) => V, limit = 100_000): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  };
}
