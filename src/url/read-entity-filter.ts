import { parseEntityFilter, type ParsedEntityFilter } from '../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../core/schema.ts';
import { filterSearchKey } from './filter-search-key.ts';

// a few recent filters per index: Back and Forward between two filters parse neither again
const KEPT = 8;
const parsedByIndex = new WeakMap<CorpusIndex, Map<string, ParsedEntityFilter>>();

/**
 * The entity filter a query string carries, parsed once per filter and corpus index: the loader, the panel,
 * the marks, the entity card and search all read the same object, so a facet click parses the URL once and
 * a memo that depends on the filter keeps it while other parameters (`?q=`, `?page=`) change.
 */
export function readEntityFilter(search: string | URLSearchParams, index: CorpusIndex): ParsedEntityFilter {
  const key = filterSearchKey(search);
  let parsed = parsedByIndex.get(index);
  if (!parsed) {
    parsed = new Map();
    parsedByIndex.set(index, parsed);
  }
  const known = parsed.get(key);
  if (known) return known;
  const fresh = parseEntityFilter(new URLSearchParams(key), index);
  if (parsed.size >= KEPT) {
    const oldest = parsed.keys().next();
    if (!oldest.done) parsed.delete(oldest.value);
  }
  parsed.set(key, fresh);
  return fresh;
}
