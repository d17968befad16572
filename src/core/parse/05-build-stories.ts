import type { ParsedParagraph, ParsedSection, ParsedStory } from '../schema.ts';
import { emptyList } from '../array/empty-list.ts';
import { slugify } from '../text/slugify.ts';
import { uniqueSlug } from '../text/unique-slug.ts';
import type { ReadingUnit } from './04-find-headlines.ts';

/**
 * A section without paragraphs (a heading followed by another) shares one empty list until its first paragraph: a
 * digest of a million short headings has a million such sections.
 */
const NO_PARAGRAPHS = emptyList<ParsedParagraph>();

/** Id of the untitled section a story opens with. */
export const LEAD_SECTION_ID = 'lead';

/**
 * Assembles stories → sections → paragraphs from units in reading order, with ids: the story's is its headline's
 * slug made unique in the document, a section's its heading's slug made unique in the story (`lead` is reserved for
 * the untitled lead section), a paragraph's `p-<line>`. Sources are found later.
 */
export function buildStories(units: readonly ReadingUnit[]): ParsedStory[] {
  const stories: ParsedStory[] = [];
  const storyIds = new Set<string>();
  let sectionIds = new Set<string>();
  let story: ParsedStory | null = null;
  let section: ParsedSection | null = null;
  for (const unit of units) {
    if (unit.role === 'headline' || !story) {
      story = {
        id: uniqueSlug(slugify(unit.text, 'story'), storyIds),
        title: unit.text,
        line: unit.line,
        source: null,
        sections: [],
      };
      stories.push(story);
      sectionIds = new Set([LEAD_SECTION_ID]);
      section = null;
      if (unit.role === 'headline') continue;
    }
    if (unit.role === 'subheading') {
      section = {
        id: uniqueSlug(slugify(unit.text, 'section'), sectionIds),
        heading: unit.text,
        line: unit.line,
        paragraphs: NO_PARAGRAPHS,
      };
      story.sections.push(section);
      continue;
    }
    if (!section) {
      section = { id: LEAD_SECTION_ID, heading: null, line: unit.line, paragraphs: NO_PARAGRAPHS };
      story.sections.push(section);
    }
    const paragraph = { id: `p-${unit.line}`, line: unit.line, text: unit.text };
    if (section.paragraphs === NO_PARAGRAPHS) section.paragraphs = [paragraph];
    else section.paragraphs.push(paragraph);
  }
  return stories;
}
