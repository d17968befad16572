import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { EntityIndexList } from '../components/entities/entity-index-list.tsx';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';

/** Loads the corpus index before the entity list renders. */
export function entitiesLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(corpusIndexQueryOptions());
    return null;
  };
}

/** `/entities`: every person, place, organization and value of the corpus, grouped by type. */
export function EntitiesRoute() {
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  useDocumentTitle(null, 'Entities');
  return (
    <ReaderLayout outline={<Outline index={index} search="" />}>
      <div className="entities-page">
        <h1 tabIndex={-1}>Entities</h1>
        <EntityIndexList index={index} />
      </div>
    </ReaderLayout>
  );
}
