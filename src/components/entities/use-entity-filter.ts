import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { EntityFilter } from '../../core/query/entity-filter.ts';
import { parseEntityFilter, type ParsedEntityFilter } from '../../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { withEntityFilter } from './entity-filter-search.ts';

/** The entity filter the URL carries, and a setter that pushes a new URL (so Back undoes a change). */
export function useEntityFilter(index: CorpusIndex): ParsedEntityFilter & {
  setFilter: (filter: EntityFilter) => void;
  params: URLSearchParams;
} {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseEntityFilter(params, index), [params, index]);
  const setFilter = useCallback(
    (filter: EntityFilter) =>
      setParams((prev) => withEntityFilter(prev, filter), { preventScrollReset: true }),
    [setParams],
  );
  return { ...parsed, setFilter, params };
}
