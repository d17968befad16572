import type { QueryClient } from '@tanstack/react-query';
import { hasWholeIndex } from './has-whole-index.ts';
import { pageMode, type PageMode } from './page-mode.ts';
import type { PageIndex } from './use-page-index.ts';

/**
 * A loader's page mode, and in `entity` mode the page its entity's slice gives (entity-page.ts, a chunk
 * fetched only for a filtered URL); `whole` when the filter is not one entity with a slice.
 */
export async function loadPageMode(
  queryClient: QueryClient,
  search: string,
): Promise<{ mode: PageMode; entityPage: PageIndex | null }> {
  const mode = await pageMode(search, hasWholeIndex(queryClient));
  const entityPage =
    mode === 'entity'
      ? await import('./entity-page.ts').then((m) => m.loadEntityPage(queryClient, search))
      : null;
  return { mode: mode === 'entity' && !entityPage ? 'whole' : mode, entityPage };
}
