import type { Candidate } from './candidate.ts';

/**
 * Step 5: keeps one candidate per stretch of text: the longest, then the one of higher priority, then the earliest.
 * "US Embassy" (cue) beats "US" (gazetteer); "Washington Post" beats "Washington". The result is sorted and never overlaps.
 * Linear in the candidates' total length: taken tokens are marked, not compared pair by pair (a paragraph can be huge).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
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
  return kept.sort((a, b) => a.start - b.start);
}
