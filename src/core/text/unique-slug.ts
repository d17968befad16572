/**
 * `base` if no one has it yet, else `base-2`, `base-3` …; the slug returned is added to `taken`, so calling it
 * again with the same set never returns the same slug twice.
 */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
