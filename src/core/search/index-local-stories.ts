import type { StoryBody } from '../schema.ts';
import { buildShardTable } from './build-search-shards.ts';
import { LOCAL_DOC_MARK } from './local-search-documents.ts';
import { createShardSearchIndex, type ShardSearchIndex } from './search-shard-index.ts';

/**
 * The reader's own stories indexed in memory, in shards as the build makes them (so they match and score alike).
 * Their hits name the story by id, not position (`<story id>@.a`, see `localSearchDocuments`): the merged
 * corpus index the page shows them in may order or leave out digests, and `resolveSearchHits` places them there.
 */
export function indexLocalStories(bodies: readonly StoryBody[]): ShardSearchIndex {
  const { manifest, shards } = buildShardTable(
    bodies.map(({ story }, at) => ({ at, title: story.title, sections: story.sections })),
  );
  // kept in memory, inside the manifest: never written, hashed, fetched or parsed
  return createShardSearchIndex(
    { ...manifest, files: shards.map((_, i) => String(i)), inline: shards },
    () => Promise.reject(new Error('every shard of the local index is in memory')),
    (story, doc) => {
      const id = `${bodies[story]?.id ?? ''}${LOCAL_DOC_MARK}`;
      if (doc === 0) return id;
      return doc < 0 ? `${id}#${(-doc - 1).toString(36)}` : `${id}.${(doc - 1).toString(36)}`;
    },
  );
}
