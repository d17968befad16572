import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { includedIds } from '../../core/query/included-ids.ts';
import { parseEntityFilter } from '../../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { EntityMarksContext, type EntityMarks } from './entity-marks-context.ts';
import { hiddenTypes } from './hidden-types.ts';

/** Gives highlighted text below it the corpus's entities, the filter's entities and the hidden types from the URL. */
export function EntityMarksProvider({ index, children }: { index: CorpusIndex; children: ReactNode }) {
  const [params] = useSearchParams();
  const entityById = useMemo(() => new Map(index.entities.map((e) => [e.id, e])), [index]);
  const search = params.toString();
  const value = useMemo<EntityMarks>(() => {
    const current = new URLSearchParams(search);
    return {
      index,
      entityById,
      hiddenTypes: hiddenTypes(current),
      activeIds: new Set(includedIds(parseEntityFilter(current, index).filter)),
    };
  }, [index, entityById, search]);
  return <EntityMarksContext.Provider value={value}>{children}</EntityMarksContext.Provider>;
}
