import type { UnknownFilterValue } from '../../core/query/parse-entity-filter.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';

/** "No person ‘x’ in this corpus; the rest of the filter applies", one line per value the URL names in vain. */
export function UnknownFilterNotice({ unknown }: { unknown: readonly UnknownFilterValue[] }) {
  if (unknown.length === 0) return null;
  return (
    <div className="filter-notice" role="status">
      {unknown.map((u) => (
        <p key={`${u.param}:${u.slug}`}>
          No {u.type ? ENTITY_TYPE_LABELS[u.type].singular : 'entity'} ‘{u.slug}’ in this corpus; the rest of
          the filter applies.
        </p>
      ))}
    </div>
  );
}
