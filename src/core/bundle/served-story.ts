import type { Mention, Story } from '../schema.ts';

/**
 * A story as the browser gets it: every mention and quote without its `rule`. The reader never shows a rule (it
 * tells its own demonym marks apart by a rule it sets itself), and at 1000 digests the rules were 7.2 MB of 38 MB
 * of bodies; the CLI's corpus keeps them for tracing a wrong highlight.
 */
export function servedStory(story: Story): Story {
  return {
    ...story,
    titleMentions: withoutRules(story.titleMentions),
    sections: story.sections.map((section) => ({
      ...section,
      headingMentions: withoutRules(section.headingMentions),
      paragraphs: section.paragraphs.map((paragraph) => ({
        ...paragraph,
        mentions: withoutRules(paragraph.mentions),
        quotes: paragraph.quotes.map(({ start, end, speaker }) => ({ start, end, speaker })),
      })),
    })),
  };
}

function withoutRules(mentions: readonly Mention[]): Mention[] {
  return mentions.map(({ start, end, entityId }) => ({ start, end, entityId }));
}
