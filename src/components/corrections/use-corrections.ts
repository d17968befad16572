import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Correction } from '../../core/corrections/correction.ts';
import { corpusKeys } from '../../data/corpus-keys.ts';
import { readCorrections, subscribeCorrections, writeCorrections } from '../../data/local-corrections.ts';

const NONE: Correction[] = [];

/** The reader's corrections, and changes to them that reload the corpus data so they apply at once. */
export function useCorrections() {
  const corrections = useSyncExternalStore(subscribeCorrections, readCorrections, () => NONE);
  const queryClient = useQueryClient();
  const save = useCallback(
    async (next: readonly Correction[]) => {
      writeCorrections(next);
      // The index and every story body loaded so far are read again with the corrections applied; resolves
      // once the index is, so a page can then go to an entity's new address.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: corpusKeys.index() }),
        queryClient.invalidateQueries({ queryKey: [...corpusKeys.all(), 'story'], refetchType: 'all' }),
      ]);
    },
    [queryClient],
  );
  return {
    corrections,
    add: (correction: Correction) => save([...readCorrections(), correction]),
    removeAt: (at: number) => save(readCorrections().filter((_, i) => i !== at)),
    clear: () => save([]),
  };
}
