import type { EntityFilter } from '../core/query/entity-filter.ts';
import { FILTER_PARAMS, serializeEntityFilter } from '../core/query/serialize-entity-filter.ts';

/**
 * The query with the filter's parameters replaced by `filter`; other parameters (search, hide) are kept,
 * except the list's `page`: a new filter lists other stories, so it starts again from the first page.
 */
export function withEntityFilter(params: URLSearchParams, filter: EntityFilter): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of params) {
    if (name !== 'page' && !FILTER_PARAMS.includes(name)) next.append(name, value);
  }
  for (const [name, value] of serializeEntityFilter(filter)) next.append(name, value);
  return next;
}
