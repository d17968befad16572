import { queryOptions } from '@tanstack/react-query';
import { listLocalDigests } from './local-digest-store.ts';

/** Query key of the digests kept in this browser (not under the corpus version: they outlive rebuilds). */
export const localDigestsKey = () => ['local-digests'] as const;

/** The digests read in this browser and kept in IndexedDB; refetched after one is added or removed. */
export function localDigestsQueryOptions() {
  return queryOptions({
    queryKey: localDigestsKey(),
    queryFn: () => listLocalDigests(),
    staleTime: Infinity,
  });
}
