import type { EntityFilter } from '../core/query/entity-filter.ts';
import type { UnknownFilterValue } from '../core/query/parse-entity-filter.ts';
import type { CorpusIndex, EntityType } from '../core/schema.ts';
import { hiddenTypes } from './hidden-types.ts';
import { pageParam } from './page-search.ts';
import { queryParam } from './query-param.ts';
import { readEntityFilter } from './read-entity-filter.ts';

/** Everything the query string says about what to show: the one reading of the URL a page works from. */
export interface UrlState {
  /** The entity filter (`?person=…&match=any&exclude=…&demonyms=1`); the same object while it is unchanged. */
  filter: EntityFilter;
  /** Filter values naming no entity of this corpus. */
  unknown: UnknownFilterValue[];
  /** Types whose highlights are switched off (`?hide=date`). */
  hiddenTypes: ReadonlySet<EntityType>;
  /** The search words (`?q=`), trimmed. */
  query: string;
  /** The page of the story list (`?page=3`), 1 when absent or invalid. */
  page: number;
  /** The query string itself, for links that carry it along. */
  params: URLSearchParams;
}

/** Reads the URL state of `search` (a `location.search`) against `index`. */
export function readUrlState(search: string, index: CorpusIndex): UrlState {
  const params = new URLSearchParams(search);
  const { filter, unknown } = readEntityFilter(params, index);
  return {
    filter,
    unknown,
    hiddenTypes: hiddenTypes(params),
    query: queryParam(params),
    page: pageParam(search),
    params,
  };
}
