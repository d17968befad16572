import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import type { CorpusIndex, StoryBody } from '../../core/schema.ts';
import { storyQueryOptions } from '../../data/story-query-options.ts';

/**
 * Every story body, fetched only while `enabled` (demonyms are found in text, which the index lacks);
 * stories not loaded yet are filtered by their names until they arrive.
 */
export function useLoadedBodies(index: CorpusIndex, enabled: boolean): LoadedBodies {
  // no observers at all while off: a disabled observer per story still costs every render at 1000×
  const results = useQueries({
    queries: enabled ? index.stories.map((summary) => storyQueryOptions(summary)) : [],
  });
  const loaded = results.map((r) => r.data).filter((b): b is StoryBody => b !== undefined);
  const key = loaded.map((b) => b.id).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new map only when the set of bodies changes
  return useMemo(() => new Map(loaded.map((b) => [b.id, b])), [key]);
}
