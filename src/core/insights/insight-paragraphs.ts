import { matchingParagraphs } from '../query/matching-paragraphs.ts';
import type { EntityFilter } from '../query/entity-filter.ts';
import type { LoadedBodies } from '../query/paragraph-entity-sets.ts';
import type { CorpusIndex, Paragraph } from '../schema.ts';

/** A body paragraph the insights cover, with where it sits. */
export interface InsightParagraph {
  storyId: string;
  storyTitle: string;
  /** Position of the story in the corpus, for ordering by story. */
  storyOrder: number;
  sectionId: string;
  paragraph: Paragraph;
}

/**
 * The body paragraphs passing the filter, in corpus and reading order, from the loaded bodies
 * (a story whose body is not loaded contributes nothing).
 */
export function insightParagraphs(
  index: CorpusIndex,
  filter: EntityFilter,
  bodies: LoadedBodies,
): InsightParagraph[] {
  return index.stories.flatMap((summary, storyOrder) => {
    const body = bodies.get(summary.id);
    if (!body) return [];
    const passing = new Set(matchingParagraphs(index, summary, filter, body));
    if (passing.size === 0) return [];
    return body.story.sections.flatMap((section) =>
      section.paragraphs
        .filter((p) => passing.has(p.id))
        .map((paragraph) => ({
          storyId: summary.id,
          storyTitle: summary.title,
          storyOrder,
          sectionId: section.id,
          paragraph,
        })),
    );
  });
}
