/** Where a text uses one of the demonyms, as `[start, end)` UTF-16 ranges in order. */
export function demonymRanges(text: string, demonyms: readonly string[]): [number, number][] {
  const forms = demonyms.filter((d) => d.length > 0);
  if (forms.length === 0) return [];
  const escaped = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // whole words only: "Russians" and "Russian forces" count, "Prussian" does not
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
    'gu',
  );
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
