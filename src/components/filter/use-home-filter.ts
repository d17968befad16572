import { useMemo } from 'react';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import { narrowIndex, type NarrowedIndex } from '../../core/query/narrow-index.ts';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import type { UnknownFilterValue } from '../../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { useEntityFilter } from './use-entity-filter.ts';
import { useLoadedBodies } from './use-loaded-bodies.ts';
import { useWarmPostings } from './use-warm-postings.ts';

/** What the home page shows under the URL's filter. */
export interface HomeFilter extends NarrowedIndex {
  active: boolean;
  unknown: readonly UnknownFilterValue[];
  /** Bodies loaded for demonyms (all stories, only while "include demonyms" is on). */
  bodies: LoadedBodies;
  matchingParagraphs: number;
}

/** The index narrowed by the URL's filter; with demonyms on, story bodies load so their text can count. */
export function useHomeFilter(index: CorpusIndex): HomeFilter {
  const { filter, unknown } = useEntityFilter(index);
  useWarmPostings(index);
  const bodies = useLoadedBodies(index, filter.includeDemonyms);
  // one object per filter: the route renders again while a filter's navigation loads, with the same props
  return useMemo(() => {
    const narrowed = narrowIndex(index, filter, bodies);
    return {
      ...narrowed,
      active: isFilterActive(filter),
      unknown,
      bodies,
      matchingParagraphs: [...narrowed.matches.values()].reduce((a, b) => a + b, 0),
    };
  }, [index, filter, unknown, bodies]);
}
