import { parseSearchDocId, type SearchTarget } from './search-doc-id.ts';
import type { RawHit } from './search-engine.ts';

/** The hits of one story by its position, before its summary is known. */
export interface RankedStory {
  /** Its position in the corpus index the search index was built with. */
  at: number;
  /** Best score among its hits. */
  score: number;
  /** Its hits in the order found (best first). */
  targets: SearchTarget[];
  /** The score of each of `targets`. */
  scores: number[];
}

/** Hits grouped by story position, best story first, with their count: what the results need before any story loads. */
export interface RankedHits {
  stories: RankedStory[];
  hitCount: number;
}

/**
 * Groups hits (best first) by story position, so the results can count hits and stories and order them
 * without the corpus index, and load only the stories they show. An id that is not a search document is skipped.
 */
export function rankStories(raw: readonly RawHit[]): RankedHits {
  const byStory = new Map<number, RankedStory>();
  let hitCount = 0;
  for (const { id, score } of raw) {
    const target = parseSearchDocId(id);
    if (!target) continue;
    let ranked = byStory.get(target.story);
    // hits come best first, so the first one of a story gives its score
    if (!ranked) byStory.set(target.story, (ranked = { at: target.story, score, targets: [], scores: [] }));
    ranked.targets.push(target);
    ranked.scores.push(score);
    hitCount++;
  }
  return { stories: [...byStory.values()].sort((a, b) => b.score - a.score), hitCount };
}
