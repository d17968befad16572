import type { ParsedStory } from '../schema.ts';
import { findSource } from './find-source.ts';

/** Records the source or dateline each story's first paragraph opens with (only a lead section's paragraph). */
export function findSources(stories: readonly ParsedStory[]): ParsedStory[] {
  return stories.map((story) => {
    const first = story.sections[0];
    const paragraph = first?.heading === null ? first.paragraphs[0] : undefined;
    return { ...story, source: paragraph ? findSource(paragraph.text) : null };
  });
}
