import type { CorpusIndex, StorySummary } from '../schema.ts';
import { compileFilter, paragraphPasses } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import { isFilterActive } from './is-filter-active.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { paragraphEntitySets } from './paragraph-entity-sets.ts';

/** The index as the filter leaves it, for lists and the outline. */
export interface NarrowedIndex {
  /** Only the stories with a matching paragraph, each with only the sections holding one. */
  index: CorpusIndex;
  /** Matching paragraphs per story id (every listed story has at least one). */
  matches: ReadonlyMap<string, number>;
  /** Stories the filter hides (not counting `keepStoryId`). */
  hiddenStories: number;
}

/** The sections of a story that hold at least one of the passing paragraph positions. */
function sectionsWith(story: StorySummary, passing: readonly boolean[]): StorySummary['sections'] {
  let position = 0;
  return story.sections.filter((section) => {
    const from = position;
    position += section.paragraphCount;
    return passing.slice(from, position).some(Boolean);
  });
}

/**
 * Narrows the index to what the filter matches. `keepStoryId` (the story being read) stays listed, with
 * its matching sections, even when nothing in it matches, so the outline never loses the current page.
 */
export function narrowIndex(
  index: CorpusIndex,
  filter: EntityFilter,
  bodies?: LoadedBodies,
  keepStoryId?: string,
): NarrowedIndex {
  const matches = new Map<string, number>();
  if (!isFilterActive(filter)) {
    for (const story of index.stories) matches.set(story.id, story.paragraphIds.length);
    return { index, matches, hiddenStories: 0 };
  }
  const compiled = compileFilter(index, filter);
  let hiddenStories = 0;
  const stories = index.stories.flatMap((story) => {
    const sets = paragraphEntitySets(index, story, filter.includeDemonyms, bodies?.get(story.id));
    const passing = sets.map((set) => paragraphPasses(set, compiled));
    const count = passing.filter(Boolean).length;
    if (count === 0 && story.id !== keepStoryId) {
      hiddenStories += 1;
      return [];
    }
    matches.set(story.id, count);
    return [{ ...story, sections: sectionsWith(story, passing) }];
  });
  const kept = new Set(stories.map((s) => s.id));
  return {
    index: {
      ...index,
      stories,
      documents: index.documents.map((d) => ({ ...d, storyIds: d.storyIds.filter((id) => kept.has(id)) })),
    },
    matches,
    hiddenStories,
  };
}
