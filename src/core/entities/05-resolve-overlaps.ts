import type { Candidate } from './candidate.ts';

/**
 * Step 5: keeps one candidate per stretch of text: the longest, then the one of higher priority, then the earliest.
 * "US Embassy" (cue) beats "US" (gazetteer); "Washington Post" beats "Washington". The result is sorted and never overlaps.
 * Linear in the candidates' total length: taken tokens are marked, not compared pair by pair (a paragraph can be huge).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // most texts (headings, short paragraphs) have one candidate or none: nothing to rank
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const size = candidates.reduce((n, c) => Math.max(n, c.last), 0);
  const taken = new Uint8Array(size);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let t = c.first; t < c.last && free; t++) free = taken[t] === 0;
    if (!free) continue;
    taken.fill(1, c.first, c.last);
    kept.push(c);
  }
  return inOrder(kept) ? kept : kept.sort((a, b) => a.start - b.start);
}

function inOrder(kept: readonly Candidate[]): boolean {
  for (let i = 1; i < kept.length; i++) if ((kept[i]?.start ?? 0) < (kept[i - 1]?.start ?? 0)) return false;
  return true;
}
