import type { CorpusIndex, StoryBody } from '../schema.ts';
import type { ShardStory } from './build-search-shards.ts';

/**
 * The stories of `bodies` to shard, numbered by their position in `index` (a body the index lacks is left out),
 * each with the ids of the entities its paragraphs name (from the index's summary, as the filter reads them).
 */
export function shardStories(index: CorpusIndex, bodies: readonly StoryBody[]): ShardStory[] {
  const storyAt = new Map(index.stories.map((s, i) => [s.id, i]));
  const idOf = (i: number) => index.entities[i]?.id ?? [];
  return bodies.flatMap(({ story }) => {
    const at = storyAt.get(story.id);
    if (at === undefined) return [];
    const paragraphEntities = index.stories[at]?.paragraphEntities.map((list) => list.flatMap(idOf)) ?? [];
    return [{ at, title: story.title, sections: story.sections, paragraphEntities }];
  });
}
