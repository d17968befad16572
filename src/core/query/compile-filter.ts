import type { CorpusIndex } from '../schema.ts';
import type { EntityFilter, FilterMatch } from './entity-filter.ts';
import { entityLookup } from './entity-lookup.ts';
import { includedIds } from './included-ids.ts';

/** A filter with entity ids turned into positions in `index.entities`, ready to test paragraphs. */
export interface CompiledFilter {
  include: readonly number[];
  exclude: ReadonlySet<number>;
  match: FilterMatch;
}

function positions(index: CorpusIndex, ids: readonly string[]): number[] {
  const lookup = entityLookup(index);
  return ids.flatMap((id) => {
    const i = lookup.get(id);
    return i === undefined ? [] : [i];
  });
}

/** Resolves a filter's ids against an index; ids the index lacks are dropped. */
export function compileFilter(index: CorpusIndex, filter: EntityFilter): CompiledFilter {
  return {
    include: positions(index, includedIds(filter)),
    exclude: new Set(positions(index, filter.exclude)),
    match: filter.match,
  };
}

/** Whether a paragraph naming these entities passes the filter (no inclusions: only exclusions count). */
export function paragraphPasses(entities: ReadonlySet<number>, filter: CompiledFilter): boolean {
  for (const e of filter.exclude) if (entities.has(e)) return false;
  if (filter.include.length === 0) return true;
  return filter.match === 'all'
    ? filter.include.every((e) => entities.has(e))
    : filter.include.some((e) => entities.has(e));
}
