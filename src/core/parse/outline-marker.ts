/** A line of an explicit outline: `# Headline` (level 1) or `## Sub-heading` (level 2; `###` and deeper count as 2). */
export interface OutlineMarker {
  level: 1 | 2;
  /** The title without the marker (and without closing `#`s, as in "## Aid ##"). */
  title: string;
}

/** The outline marker a trimmed line starts with, or null: "# Talks resume" → level 1; "#Ukraine" is a hashtag. */
export function outlineMarker(line: string): OutlineMarker | null {
  let hashes = 0;
  while (line.charCodeAt(hashes) === 35) hashes++; // '#'
  if (hashes === 0 || hashes > 6) return null;
  const next = line.charAt(hashes);
  if (next !== ' ' && next !== '\t') return null;
  const title = line.slice(hashes).replace(/\s#+$/, '').trim();
  if (!title) return null;
  return { level: hashes === 1 ? 1 : 2, title };
}
