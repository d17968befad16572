import type { StoryBody } from '../schema.ts';
import { buildSearchShards } from './build-search-shards.ts';
import { LOCAL_DOC_MARK } from './local-search-documents.ts';
import { readSearchShard } from './read-search-files.ts';
import { createShardSearchIndex, type ShardSearchIndex } from './search-shard-index.ts';

/**
 * The reader's own stories indexed in memory, in shards as the build makes them (so they match and score alike).
 * Their hits name the story by id, not position (`<story id>@.a`, see `localSearchDocuments`): the merged
 * corpus index the page shows them in may order or leave out digests, and `resolveSearchHits` places them there.
 */
export function indexLocalStories(bodies: readonly StoryBody[]): ShardSearchIndex {
  const { manifest, files } = buildSearchShards(
    bodies.map(({ story }, at) => ({ at, title: story.title, sections: story.sections })),
  );
  return createShardSearchIndex(
    manifest,
    async (hash) => readSearchShard(files.get(hash) ?? '{}'),
    (story, doc) => {
      const id = `${bodies[story]?.id ?? ''}${LOCAL_DOC_MARK}`;
      if (doc === 0) return id;
      return doc < 0 ? `${id}#${(-doc - 1).toString(36)}` : `${id}.${(doc - 1).toString(36)}`;
    },
  );
}
