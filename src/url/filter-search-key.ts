import { FILTER_PARAMS } from '../core/query/serialize-entity-filter.ts';

/**
 * The filter's part of a query string (and of the `extra` parameters), in a fixed order: `?q=ky&person=x` →
 * `person=x`. A memo keyed on it is rebuilt when the filter changes, not on every keystroke of `?q=`.
 */
export function filterSearchKey(search: string | URLSearchParams, extra: readonly string[] = []): string {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return new URLSearchParams(
    [...FILTER_PARAMS, ...extra].flatMap((name) =>
      params.getAll(name).map((value): [string, string] => [name, value]),
    ),
  ).toString();
}
