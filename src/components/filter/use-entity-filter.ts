import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { EntityFilter } from '../../core/query/entity-filter.ts';
import type { ParsedEntityFilter } from '../../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { SCROLL_SPY_STATE } from '../story/scroll-spy-state.ts';
import { withEntityFilter } from '../../url/with-entity-filter.ts';
import { readEntityFilter } from '../../url/read-entity-filter.ts';

/**
 * The entity filter the URL carries, and a setter that pushes a new URL (so Back undoes a change). The
 * setter's promise settles when the navigation is done (its loaders ran), so a caller can keep an optimistic
 * state until then.
 */
export function useEntityFilter(index: CorpusIndex): ParsedEntityFilter & {
  setFilter: (filter: EntityFilter) => Promise<void>;
  params: URLSearchParams;
} {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // the same parse as every other reader of this URL's filter (and unchanged by a keystroke of `?q=`)
  const parsed = readEntityFilter(params, index);
  const setFilter = useCallback(
    // `navigate` rather than `setSearchParams`, which drops the navigation's promise
    async (filter: EntityFilter) =>
      // the scroll-spy state tells the story page not to scroll or move focus: the reader is in the panel
      navigate(`?${withEntityFilter(params, filter).toString()}`, {
        preventScrollReset: true,
        state: SCROLL_SPY_STATE,
      }),
    [navigate, params],
  );
  return { ...parsed, setFilter, params };
}
