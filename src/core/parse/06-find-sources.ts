import type { ParsedStory } from '../schema.ts';
import { findSource } from './find-source.ts';
import { findTitleSource, titleSuffix } from './find-title-source.ts';

/**
 * Records the source each story names: the source or dateline its first paragraph opens with (only a lead
 * section's paragraph), else the news site its headline ends with ("… – The Kyiv Independent"). A suffix that ends
 * two headlines or more is a site's name whatever its words.
 */
export function findSources(stories: readonly ParsedStory[]): ParsedStory[] {
  const suffixes = new Map<string, number>();
  for (const story of stories) {
    const name = titleSuffix(story.title)?.name.toLowerCase();
    if (name !== undefined) suffixes.set(name, (suffixes.get(name) ?? 0) + 1);
  }
  const repeated = new Set([...suffixes].filter(([, count]) => count >= 2).map(([name]) => name));
  return stories.map((story) => {
    const first = story.sections[0];
    const paragraph = first?.heading === null ? first.paragraphs[0] : undefined;
    const source = (paragraph ? findSource(paragraph.text) : null) ?? findTitleSource(story.title, repeated);
    return { ...story, source };
  });
}
