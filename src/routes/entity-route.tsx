import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { EntityCorrections } from '../components/corrections/entity-corrections.tsx';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { EntityProfile } from '../components/entities/entity-profile.tsx';
import { ENTITY_TYPE_LABELS } from '../components/entities/entity-type-labels.ts';
import { ReaderLayout } from '../components/layout/reader-layout.tsx';
import { Outline } from '../components/outline/outline.tsx';
import { entityLookup } from '../core/query/entity-lookup.ts';
import { ENTITY_TYPES } from '../core/schema.ts';
import type { CorpusIndex, EntitySummary } from '../core/schema.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { storyQueryOptions } from '../data/story-query-options.ts';
import { entitiesPath } from '../url/paths.ts';

/** The entity a URL names, if the corpus has it. */
function findEntity(index: CorpusIndex, type: string, slug: string): EntitySummary | null {
  const position = entityLookup(index).get(`${type}:${slug}`);
  return position === undefined ? null : (index.entities[position] ?? null);
}

/** The stories that name the entity, in corpus order. */
function storiesNaming(index: CorpusIndex, entity: EntitySummary) {
  const position = entityLookup(index).get(entity.id);
  return index.stories.filter((s) =>
    s.paragraphEntities.some((ids) => position !== undefined && ids.includes(position)),
  );
}

/** Loads the index and the bodies of the stories naming the entity (for its mentions in context). */
export function entityLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const index = await queryClient.ensureQueryData(corpusIndexQueryOptions());
    const type = params.type ?? '';
    const slug = params.slug ?? '';
    const entity = findEntity(index, type, slug);
    if (entity)
      await Promise.all(
        storiesNaming(index, entity).map((s) => queryClient.ensureQueryData(storyQueryOptions(s))),
      );
    return { type, slug };
  };
}

/** `/entity/:type/:slug`: one entity, its stories, the entities named with it, every mention in context. */
export function EntityRoute() {
  const { type, slug } = useLoaderData<ReturnType<typeof entityLoader>>();
  const { data: index } = useSuspenseQuery(corpusIndexQueryOptions());
  const entity = findEntity(index, type, slug);
  const stories = entity ? storiesNaming(index, entity) : [];
  const bodies = useSuspenseQueries({ queries: stories.map((s) => storyQueryOptions(s)) }).map((r) => r.data);
  useDocumentTitle(null, entity ? entity.name : 'Entity not found');
  const known = ENTITY_TYPES.find((t) => t === type);
  return (
    <ReaderLayout outline={<Outline index={index} search="" />}>
      {entity ? (
        <>
          <EntityProfile index={index} entity={entity} bodies={bodies} />
          <EntityCorrections index={index} entity={entity} />
        </>
      ) : (
        <div className="entity-missing">
          <h1 tabIndex={-1}>Entity not found</h1>
          <p>
            No {known ? ENTITY_TYPE_LABELS[known].singular : 'entity'} ‘{slug}’ in this corpus.{' '}
            <Link to={entitiesPath()}>See every entity</Link>.
          </p>
        </div>
      )}
    </ReaderLayout>
  );
}
