/**
 * Where to resume counting for each base in each set: without it, the 20,000th "Same heading" would try 20,000
 * suffixes, and a digest of repeated headings would take quadratic time. Sets only grow here, so resuming skips
 * nothing that is free.
 */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base` if no one has it yet, else `base-2`, `base-3` …; the slug returned is added to `taken`, so calling it
 * again with the same set never returns the same slug twice.
 */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) {
    taken.add(base);
    return base;
  }
  let counters = nextSuffix.get(taken);
  if (!counters) {
    counters = new Map();
    nextSuffix.set(taken, counters);
  }
  let n = counters.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n++;
  const slug = `${base}-${n}`;
  counters.set(base, n + 1);
  taken.add(slug);
  return slug;
}
