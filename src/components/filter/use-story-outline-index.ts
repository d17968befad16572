import { useMemo } from 'react';
import { narrowIndex } from '../../core/query/narrow-index.ts';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import type { CorpusIndex, StoryBody } from '../../core/schema.ts';
import { useEntityFilter } from './use-entity-filter.ts';
import { useWarmPostings } from './use-warm-postings.ts';

/** On a story page: the index the outline lists under the filter (the story read always stays), and its body as loaded bodies. */
export function useStoryOutlineIndex(
  index: CorpusIndex,
  body: StoryBody,
): { index: CorpusIndex; bodies: LoadedBodies } {
  const { filter } = useEntityFilter(index);
  useWarmPostings(index);
  const bodies = useMemo<LoadedBodies>(() => new Map([[body.id, body]]), [body]);
  const narrowed = useMemo(
    () => narrowIndex(index, filter, bodies, body.id).index,
    [index, filter, bodies, body.id],
  );
  return { index: narrowed, bodies };
}
