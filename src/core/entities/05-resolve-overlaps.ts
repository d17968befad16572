import type { Candidate } from './candidate.ts';

/**
 * Step 5: keeps one candidate per stretch of text: the longest, then the one of higher priority, then the earliest.
 * "US Embassy" (cue) beats "US" (gazetteer); "Washington Post" beats "Washington". The result is sorted and never overlaps.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
