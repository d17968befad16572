/**
 * A readable URL slug that keeps letters of every script: "Brazil’s left wins" → "brazils-left-wins",
 * "Война и мир" → "война-и-мир", "“Red lines”" → "red-lines". Never empty (`fallback` when nothing
 * readable is left), at most `maxLength` characters, cut at a word boundary when one is near, never starting or
 * ending with "-".
 */
export function slugify(text: string, fallback: string, maxLength = 80): string {
  // Only the start can reach the slug: a 5 MB line costs no more than a headline.
  const slug = text
    .slice(0, Math.max(maxLength, 1) * 4)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc']/g, '') // "world’s" → "worlds", not "world-s"
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= maxLength) return slug;
  let cut = slug.slice(0, Math.max(1, maxLength));
  const lastDash = cut.lastIndexOf('-');
  if (lastDash > maxLength / 2) cut = cut.slice(0, lastDash);
  // Do not leave half of a character outside the Basic Multilingual Plane (a high surrogate) at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(/-+$/, '');
  return cut || fallback;
}
