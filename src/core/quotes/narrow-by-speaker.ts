import type { NarrowedIndex } from '../query/narrow-index.ts';

/**
 * The narrowed index further narrowed to the stories where `speakerId` is quoted, each counting the paragraphs
 * holding its statements (the story list counts per story; the story page intersects with the entity filter).
 */
export function narrowBySpeaker(narrowed: NarrowedIndex, speakerId: string): NarrowedIndex {
  const matches = new Map<string, number>();
  const stories = narrowed.index.stories.filter((story) => {
    const said = story.speakers.find((s) => s.entityId === speakerId);
    if (!said) return false;
    matches.set(story.id, said.paragraphIds.length);
    return true;
  });
  return {
    index: { ...narrowed.index, stories },
    matches,
    hiddenStories: narrowed.hiddenStories + narrowed.index.stories.length - stories.length,
  };
}
