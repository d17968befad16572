/**
 * A readable URL slug that keeps letters of every script: "Zelensky’s adviser" → "zelenskys-adviser",
 * "Война и мир" → "война-и-мир". Returns `fallback` when nothing readable is left.
 */
export function slugify(text: string, fallback: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc']/g, '') // "world’s" → "worlds", not "world-s"
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut;
}
