import type { CorpusIndex, StorySummary } from '../schema.ts';
import { compileFilter } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import { entityPostings } from './entity-postings.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { passingParagraphs } from './passing-paragraphs.ts';

/** A story with at least one paragraph passing the filter. */
export interface StoryMatch {
  story: StorySummary;
  /** How many of its body paragraphs pass. */
  matchingParagraphs: number;
}

/**
 * The stories with at least one paragraph passing the filter, in corpus order, each with its count.
 * A story matches through its paragraphs: with `match=all`, one paragraph must name every included entity.
 */
export function matchingStories(
  index: CorpusIndex,
  filter: EntityFilter,
  bodies?: LoadedBodies,
): StoryMatch[] {
  const postings = entityPostings(index, filter.includeDemonyms, bodies);
  const passing = passingParagraphs(postings, compileFilter(index, filter));
  return index.stories.flatMap((story, s) => {
    let count = 0;
    for (let p = postings.storyStart[s] ?? 0; p < (postings.storyStart[s + 1] ?? 0); p++)
      count += passing[p] ?? 0;
    return count > 0 ? [{ story, matchingParagraphs: count }] : [];
  });
}
