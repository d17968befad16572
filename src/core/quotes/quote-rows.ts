import type { Paragraph, Quote, StoryBody } from '../schema.ts';

/** Where a paragraph sits: the fields of `InsightParagraph` a quote row needs. */
export interface PlacedParagraph {
  storyId: string;
  storyTitle: string;
  sectionId: string;
  paragraph: Paragraph;
}

/** One attributed statement with where it is, for tables, entity pages and exports. */
export interface QuoteRow {
  storyId: string;
  storyTitle: string;
  sectionId: string;
  paragraphId: string;
  /** Source line of the paragraph, for citation. */
  line: number;
  quote: Quote;
  /** The statement's words: `paragraph.text.slice(quote.start, quote.end)`. */
  statement: string;
}

/** The quotes of these paragraphs in reading order, optionally only those by one speaker (an entity id). */
export function quoteRows(
  paragraphs: readonly PlacedParagraph[],
  speakerId: string | null = null,
): QuoteRow[] {
  return paragraphs.flatMap(({ storyId, storyTitle, sectionId, paragraph }) =>
    paragraph.quotes
      .filter((quote) => speakerId === null || quote.speaker.entityId === speakerId)
      .map((quote) => ({
        storyId,
        storyTitle,
        sectionId,
        paragraphId: paragraph.id,
        line: paragraph.line,
        quote,
        statement: paragraph.text.slice(quote.start, quote.end),
      })),
  );
}

/** Whether a paragraph holds a statement by this speaker. */
export function speaksIn(paragraph: Paragraph, speakerId: string): boolean {
  return paragraph.quotes.some((q) => q.speaker.entityId === speakerId);
}

/** Every body paragraph of these stories, placed, in reading order. */
export function placedParagraphs(bodies: readonly StoryBody[]): PlacedParagraph[] {
  return bodies.flatMap((body) =>
    body.story.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) => ({
        storyId: body.id,
        storyTitle: body.story.title,
        sectionId: section.id,
        paragraph,
      })),
    ),
  );
}
