import type { EntityFilter } from './entity-filter.ts';
import { includedIds } from './included-ids.ts';

/** Whether the filter hides anything at all (it includes or excludes some entity). */
export function isFilterActive(filter: EntityFilter): boolean {
  return includedIds(filter).length > 0 || filter.exclude.length > 0;
}
