import { plural } from '../../core/text/plural.ts';
import { useId, useState } from 'react';
import { foldText } from '../../core/text/fold-text.ts';
import type { CorpusIndex, EntitySummary } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';

const SHOWN = 12;

/** A searchable list of the other entities to merge `entity` into; the most mentioned first. */
export function MergePicker({
  index,
  entity,
  onPick,
  onCancel,
}: {
  index: CorpusIndex;
  entity: EntitySummary;
  onPick: (into: EntitySummary) => void;
  onCancel: () => void;
}) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = index.entities
    .filter((e) => e.id !== entity.id)
    .filter((e) => {
      const names = foldText([e.name, ...e.aliases].join(' '));
      return words.every((w) => names.includes(w));
    })
    .sort(
      (a, b) =>
        (a.type === entity.type ? 0 : 1) - (b.type === entity.type ? 0 : 1) ||
        b.mentionCount - a.mentionCount,
    );
  return (
    <div className="entity-corrections__form">
      <label htmlFor={inputId}>Merge {entity.name} into</label>
      <input
        id={inputId}
        type="search"
        autoFocus
        value={query}
        placeholder="Find an entity"
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <p aria-live="polite" className="entity-corrections__hint">
        {matches.length === 0
          ? 'No entity matches.'
          : `${plural(matches.length, 'match', 'matches')}${matches.length > SHOWN ? `, first ${SHOWN} shown` : ''}.`}
      </p>
      <ul className="entity-corrections__matches">
        {matches.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <button type="button" className="button" onClick={() => onPick(e)}>
              Merge into {e.name}
            </button>{' '}
            <span className="entity-corrections__hint">
              {ENTITY_TYPE_LABELS[e.type].singular}, {e.mentionCount} mentions
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
