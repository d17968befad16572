import type { StoryHits } from '../../core/search/group-hits.ts';
import type { RankedStory } from '../../core/search/rank-stories.ts';
import type { StoryBlocks } from '../../core/search/story-blocks.ts';

/**
 * A story of the results: grouped already (from the corpus index), or ranked by its position only, its
 * summary fetched when it is shown (its block of the search index names its body, which has the rest).
 */
export type FoundStory =
  { key: string; group: StoryHits } | { key: string; ranked: RankedStory; blocks: StoryBlocks };

/** The results of a search: every story with hits, best first, and the hits counted. */
export interface FoundStories {
  stories: FoundStory[];
  /** Hits counted: headlines, sub-headings and paragraphs. */
  hitCount: number;
}
