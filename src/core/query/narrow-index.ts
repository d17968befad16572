import type { CorpusIndex, StorySummary } from '../schema.ts';
import { compileFilter } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import { entityPostings } from './entity-postings.ts';
import { isFilterActive } from './is-filter-active.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { passingParagraphs } from './passing-paragraphs.ts';

/** The index as the filter leaves it, for lists and the outline. */
export interface NarrowedIndex {
  /** Only the stories with a matching paragraph, each with only the sections holding one. */
  index: CorpusIndex;
  /** Matching paragraphs per story id (every listed story has at least one). */
  matches: ReadonlyMap<string, number>;
  /** Stories the filter hides (not counting `keepStoryId`). */
  hiddenStories: number;
}

/** The sections of a story that hold at least one of its passing paragraphs (flags from `start` on). */
function sectionsWith(story: StorySummary, passing: Uint8Array, start: number): StorySummary['sections'] {
  let position = start;
  return story.sections.filter((section) => {
    const from = position;
    position += section.paragraphCount;
    for (let p = from; p < position; p++) if (passing[p]) return true;
    return false;
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
  const postings = entityPostings(index, filter.includeDemonyms, bodies);
  const passing = passingParagraphs(postings, compileFilter(index, filter));
  let hiddenStories = 0;
  const stories: StorySummary[] = [];
  index.stories.forEach((story, s) => {
    const start = postings.storyStart[s] ?? 0;
    const end = postings.storyStart[s + 1] ?? start;
    let count = 0;
    for (let p = start; p < end; p++) count += passing[p] ?? 0;
    if (count === 0 && story.id !== keepStoryId) {
      hiddenStories += 1;
      return;
    }
    matches.set(story.id, count);
    stories.push(count === end - start ? story : { ...story, sections: sectionsWith(story, passing, start) });
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
