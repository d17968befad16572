import type { CorpusIndex, StorySummary } from '../schema.ts';
import { compileFilter, paragraphPasses } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { paragraphEntitySets } from './paragraph-entity-sets.ts';

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
  const compiled = compileFilter(index, filter);
  return index.stories.flatMap((story) => {
    const sets = paragraphEntitySets(index, story, filter.includeDemonyms, bodies?.get(story.id));
    const count = sets.filter((set) => paragraphPasses(set, compiled)).length;
    return count > 0 ? [{ story, matchingParagraphs: count }] : [];
  });
}
