import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { CorpusIndex } from '../core/schema.ts';
import { readUrlState, type UrlState } from './url-state.ts';

/** The URL state of the current location, read once per navigation (a memo keyed on `location.search`). */
export function useUrlState(index: CorpusIndex): UrlState {
  const { search } = useLocation();
  return useMemo(() => readUrlState(search, index), [search, index]);
}
