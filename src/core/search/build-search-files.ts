import type { CorpusIndex, StoryBody } from '../schema.ts';
import { buildSearchShards, type SearchShards } from './build-search-shards.ts';
import { shardStories } from './shard-stories.ts';
import { buildStoryBlocks } from './story-blocks.ts';

/**
 * The search files of a built corpus: the manifest (with the story blocks listed) and every shard and block
 * file by its hash. The shards hold each entity of `index` as a term (`entityTerm`) besides the words, so a
 * search in pieces filters and shows its results without the corpus index.
 */
export function buildSearchFiles(index: CorpusIndex, bodies: readonly StoryBody[]): SearchShards {
  const search = buildSearchShards(
    shardStories(index, bodies),
    undefined,
    index.entities.map((entity) => entity.id),
  );
  const stories = buildStoryBlocks(index);
  return {
    manifest: { ...search.manifest, stories: stories.blocks },
    files: new Map([...search.files, ...stories.files]),
  };
}
