import type { StorySummary } from '../schema.ts';

/** Where a body paragraph stands: its section and its position in the story's reading order. */
export interface ParagraphPlace {
  sectionId: string;
  /** Index into `paragraphIds` / `paragraphEntities`. */
  position: number;
}

/** Each body paragraph's section and position, from the summary's section paragraph counts. */
export function paragraphPlaces(story: StorySummary): Map<string, ParagraphPlace> {
  const places = new Map<string, ParagraphPlace>();
  let position = 0;
  for (const section of story.sections) {
    for (let i = 0; i < section.paragraphCount; i++, position++) {
      const id = story.paragraphIds[position];
      if (id !== undefined) places.set(id, { sectionId: section.id, position });
    }
  }
  return places;
}
