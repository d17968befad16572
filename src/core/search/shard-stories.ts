import type { CorpusIndex, StoryBody } from '../schema.ts';
import type { ShardStory } from './build-search-shards.ts';

/** The stories of `bodies` to shard, numbered by their position in `index` (a body the index lacks is left out). */
export function shardStories(index: CorpusIndex, bodies: readonly StoryBody[]): ShardStory[] {
  const storyAt = new Map(index.stories.map((s, i) => [s.id, i]));
  return bodies.flatMap(({ story }) => {
    const at = storyAt.get(story.id);
    return at === undefined ? [] : [{ at, title: story.title, sections: story.sections }];
  });
}
