import type { CorpusIndex, StoryBody, StorySummary } from '../schema.ts';
import { compileFilter, paragraphPasses } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import { paragraphEntitySets } from './paragraph-entity-sets.ts';

/** Ids of the story's body paragraphs that pass the filter, in reading order (demonyms need `body`). */
export function matchingParagraphs(
  index: CorpusIndex,
  story: StorySummary,
  filter: EntityFilter,
  body?: StoryBody,
): string[] {
  const compiled = compileFilter(index, filter);
  const sets = paragraphEntitySets(index, story, filter.includeDemonyms, body);
  return story.paragraphIds.filter((_, position) => {
    const set = sets[position];
    return set !== undefined && paragraphPasses(set, compiled);
  });
}
