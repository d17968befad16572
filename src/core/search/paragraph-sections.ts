import type { StorySummary } from '../schema.ts';

/** The section id of each body paragraph of a story, by its position in `paragraphIds`. */
export function paragraphSections(story: StorySummary): string[] {
  const sections: string[] = [];
  for (const section of story.sections) {
    for (let i = 0; i < section.paragraphCount; i++) sections.push(section.id);
  }
  return sections;
}
