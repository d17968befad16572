import type { Mention, Story, StorySummary } from '../schema.ts';
import { storySpeakers } from '../quotes/story-speakers.ts';
import { countWords } from './count-words.ts';
import { firstSentence } from './first-sentence.ts';
import { readingMinutes } from './reading-minutes.ts';

/** Where the summary's positional pieces come from: the story's document, its entity numbering, its chunk URL. */
export interface SummaryContext {
  documentId: string;
  /** `Entity.id` → its index in `CorpusIndex.entities`. */
  entityIndex: ReadonlyMap<string, number>;
  /** URL of the story's body JSON, relative to the base URL. */
  chunk: string;
}

/** The index entry of a story: everything the list, outline and filters need, without the body. */
export function summarizeStory(story: Story, context: SummaryContext): StorySummary {
  const paragraphs = story.sections.flatMap((section) => section.paragraphs);
  const wordCount = paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
  return {
    id: story.id,
    documentId: context.documentId,
    title: story.title,
    line: story.line,
    titleMentions: story.titleMentions,
    source: story.source,
    sections: story.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      line: section.line,
      headingMentions: section.headingMentions,
      paragraphCount: section.paragraphs.length,
    })),
    firstSentence: paragraphs[0] ? firstSentence(paragraphs[0].text) : '',
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    paragraphEntities: paragraphs.map((p) => entityIndexes(p.mentions, context.entityIndex)),
    paragraphIds: paragraphs.map((p) => p.id),
    speakers: storySpeakers(paragraphs),
    chunk: context.chunk,
  };
}

/** Sorted, distinct indexes of the entities mentioned; a mention of an unknown entity is skipped, not fatal. */
function entityIndexes(mentions: readonly Mention[], entityIndex: ReadonlyMap<string, number>): number[] {
  const found = new Set<number>();
  for (const mention of mentions) {
    const index = entityIndex.get(mention.entityId);
    if (index !== undefined) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}
