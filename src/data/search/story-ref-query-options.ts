import { queryOptions } from '@tanstack/react-query';
import { searchShardUrl } from '../../core/search/search-index-url.ts';
import type { StoryBlocks, StoryRef } from '../../core/search/story-blocks.ts';
import { corpusKeys } from '../corpus-keys.ts';
import { fetchJson } from '../fetch-json.ts';

const isStoryBlock = (value: unknown): value is StoryRef[] =>
  Array.isArray(value) &&
  value.every(
    (ref) => Array.isArray(ref) && ref.length === 3 && ref.every((part) => typeof part === 'string'),
  );

/**
 * The story at position `at` of the built index (its id, body URL and digest), read from its block of the
 * search index (`StoryBlocks`): a search result needs it, not the whole corpus index. Null past the last story.
 */
export function storyRefQueryOptions(blocks: StoryBlocks, at: number) {
  const hash = blocks.files[Math.floor(at / blocks.size)];
  return queryOptions({
    queryKey: [...corpusKeys.all(), 'story-block', hash ?? null] as const,
    queryFn: ({ signal }): Promise<StoryRef[]> =>
      hash === undefined ? Promise.resolve([]) : fetchJson(searchShardUrl(hash), isStoryBlock, signal),
    staleTime: Infinity,
    select: (refs): StoryRef | null => refs[at % blocks.size] ?? null,
  });
}
