import type { StorySummary } from '../schema.ts';
import type { StoryHit, StoryHits } from './group-hits.ts';
import { paragraphSections } from './paragraph-sections.ts';
import type { RankedStory } from './rank-stories.ts';

// Per story, computed once: a keystroke's query must not redo this for every story of a large corpus.
const sectionsCache = new WeakMap<StorySummary, string[]>();

/**
 * A ranked story's hits in the terms of its summary: sub-headings and paragraphs in reading order, the headline
 * as a flag, the score its best hit's; a target the story does not have (a stale index) is left out, and null
 * when none is left.
 */
export function storyHits(story: StorySummary, ranked: RankedStory): StoryHits | null {
  let title = false;
  let score: number | null = null;
  const hits: { hit: StoryHit; order: number }[] = [];
  ranked.targets.forEach((target, i) => {
    const found = hits.length;
    if (target.kind === 'title') title = true;
    else if (target.kind === 'heading') {
      const section = story.sections[target.section];
      if (section)
        hits.push({
          hit: { kind: 'heading', sectionId: section.id },
          order: firstPosition(story, target.section) - 0.5,
        });
    } else {
      const paragraphId = story.paragraphIds[target.position];
      let sections = sectionsCache.get(story);
      if (!sections) sectionsCache.set(story, (sections = paragraphSections(story)));
      const sectionId = sections[target.position];
      if (paragraphId !== undefined && sectionId !== undefined)
        hits.push({ hit: { kind: 'paragraph', sectionId, paragraphId }, order: target.position });
    }
    // targets come best first: the first that the story has gives its score
    if (score === null && (target.kind === 'title' || hits.length > found)) score = ranked.scores[i] ?? 0;
  });
  if (score === null) return null;
  return {
    story,
    score,
    title,
    hits: hits.sort((a, b) => a.order - b.order).map((h) => h.hit),
  };
}

/** Position in reading order of a section's first paragraph. */
function firstPosition(story: StorySummary, sectionIndex: number): number {
  let position = 0;
  for (let i = 0; i < sectionIndex; i++) position += story.sections[i]?.paragraphCount ?? 0;
  return position;
}
