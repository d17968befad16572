import { queryOptions } from '@tanstack/react-query';
import type { StorySummary } from '../core/schema.ts';
import { corpusKeys } from './corpus-keys.ts';
import { fetchJson } from './fetch-json.ts';
import { isStoryBody } from './is-story-body.ts';

/** One story's body, fetched from its chunk on demand; immutable for a given corpus version. */
export function storyQueryOptions(summary: Pick<StorySummary, 'id' | 'chunk'>) {
  return queryOptions({
    queryKey: corpusKeys.story(summary.id),
    queryFn: ({ signal }) => fetchJson(summary.chunk, isStoryBody, signal),
    staleTime: Infinity,
  });
}
