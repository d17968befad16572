import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { corpusKeys } from '../../data/corpus-keys.ts';
import { deleteLocalDigest, putLocalDigest } from '../../data/local-digest-store.ts';
import { localDigestsKey } from '../../data/local-digests-query-options.ts';
import { readDigestInWorker } from '../../data/read-digest-in-worker.ts';

/** Where adding a file stands: idle, reading it, done (with its headline count) or refused (`FILE:LINE: reason`). */
export type AddState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'added'; name: string; stories: number; warnings: string[] }
  | { kind: 'failed'; errors: string[] };

/** Reads files in the worker, keeps them in IndexedDB and refreshes the index so they join the explorer. */
export function useLocalDigests() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AddState>({ kind: 'idle' });

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: localDigestsKey() }),
      queryClient.invalidateQueries({ queryKey: corpusKeys.index() }),
    ]);
  }, [queryClient]);

  const add = useCallback(
    async (files: readonly File[]) => {
      const errors: string[] = [];
      for (const file of files) {
        setState({ kind: 'reading', name: file.name });
        try {
          const result = await readDigestInWorker(file);
          if (!result.ok) {
            errors.push(result.error);
            continue;
          }
          await putLocalDigest({
            id: result.documentId,
            name: file.name,
            addedAt: Date.now(),
            bundle: result.bundle,
          });
          await refresh();
          if (files.length === 1) {
            setState({
              kind: 'added',
              name: file.name,
              stories: result.bundle.index.stories.length,
              warnings: result.warnings,
            });
          }
        } catch (error) {
          errors.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (errors.length > 0) setState({ kind: 'failed', errors });
      else if (files.length !== 1) setState({ kind: 'idle' });
    },
    [refresh],
  );

  const remove = useCallback(
    async (id: string) => {
      await deleteLocalDigest(id);
      queryClient.removeQueries({ queryKey: [...corpusKeys.all(), 'story'] });
      await refresh();
    },
    [queryClient, refresh],
  );

  return { state, add, remove };
}
