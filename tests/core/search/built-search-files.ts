import { buildSearchFiles } from '../../../src/core/search/build-search-files.ts';
import { readSearchShard } from '../../../src/core/search/read-search-files.ts';
import {
  createShardSearchIndex,
  type ShardSearchIndex,
} from '../../../src/core/search/search-shard-index.ts';
import { shardDocId } from '../../../src/core/search/shard-doc-id.ts';
import type { CorpusIndex, StoryBody } from '../../../src/core/schema.ts';

/** The search files a build writes for a corpus, served from memory as the tests' `fetch` would. */
export function builtSearchFiles(index: CorpusIndex, bodies: readonly StoryBody[]) {
  const { manifest, files } = buildSearchFiles(index, bodies);
  const manifestJson = JSON.stringify(manifest);
  return {
    manifest,
    /** The text at `url`: a shard for `…/search/<hash>.json`, the manifest for any other `…search….json`. */
    serve(url: string): string | undefined {
      const shard = /\/search\/([0-9a-f]+)\.json$/.exec(url);
      if (shard) return files.get(shard[1] ?? '');
      return /search[^/]*\.json$/.test(url) ? manifestJson : undefined;
    },
    /** Whether `url` is the manifest's (not a shard's). */
    isManifest: (url: string): boolean => !/\/search\/[0-9a-f]+\.json$/.test(url),
    /** The index as the worker loads it, straight from memory: what a search should answer. */
    engine: (): ShardSearchIndex =>
      createShardSearchIndex(manifest, async (hash) => readSearchShard(files.get(hash) ?? '{}'), shardDocId),
  };
}
