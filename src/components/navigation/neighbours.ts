/** The items before and after position `at`, or null at either end (and both null when `at` is -1). */
export function neighbours<T>(items: readonly T[], at: number): { prev: T | null; next: T | null } {
  if (at < 0) return { prev: null, next: null };
  return { prev: items[at - 1] ?? null, next: items[at + 1] ?? null };
}
