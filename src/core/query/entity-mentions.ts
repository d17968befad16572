import type { Mention, StoryBody } from '../schema.ts';

/** One mention of an entity in a story's body, with its paragraph. */
export interface LocatedMention {
  storyId: string;
  sectionId: string;
  paragraphId: string;
  /** The paragraph's text, for context. */
  text: string;
  mention: Mention;
}

/** Every mention of the given entities in a story's body paragraphs, in reading order. */
export function entityMentions(body: StoryBody, entityIds: ReadonlySet<string>): LocatedMention[] {
  return body.story.sections.flatMap((section) =>
    section.paragraphs.flatMap((p) =>
      p.mentions
        .filter((m) => entityIds.has(m.entityId))
        .map((mention) => ({
          storyId: body.id,
          sectionId: section.id,
          paragraphId: p.id,
          text: p.text,
          mention,
        })),
    ),
  );
}
