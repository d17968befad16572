import type { EntityFilter } from '../../core/query/entity-filter.ts';
import { FILTER_PARAMS, serializeEntityFilter } from '../../core/query/serialize-entity-filter.ts';

/** The query with the filter's parameters replaced by `filter`; other parameters (search, hide) are kept. */
export function withEntityFilter(params: URLSearchParams, filter: EntityFilter): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of params) if (!FILTER_PARAMS.includes(name)) next.append(name, value);
  for (const [name, value] of serializeEntityFilter(filter)) next.append(name, value);
  return next;
}
