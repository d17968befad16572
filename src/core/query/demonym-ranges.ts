const patterns = new Map<string, RegExp | null>();

/** One regular expression per demonym list, built once: the filter tests every paragraph against every place. */
function patternFor(demonyms: readonly string[]): RegExp | null {
  const key = demonyms.join('\n');
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const escaped = demonyms
      .filter((d) => d.length > 0)
      .sort((a, b) => b.length - a.length)
      .map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // whole words only: "Russians" and "Russian forces" count, "Prussian" does not
    pattern = escaped.length
      ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu')
      : null;
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Where a text uses one of the demonyms, as `[start, end)` UTF-16 ranges in order. */
export function demonymRanges(text: string, demonyms: readonly string[]): [number, number][] {
  const pattern = patternFor(demonyms);
  if (!pattern) return [];
  const ranges: [number, number][] = [];
  // matchAll clones the expression, so the shared one's lastIndex is never disturbed
  for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
