import { plural } from '../../core/text/plural.ts';
import { memo } from 'react';
import type { EntitySummary } from '../../core/schema.ts';

/** Where an entity stands in the filter. */
export type FacetState = 'included' | 'excluded' | 'off';

interface FacetRowProps {
  entity: EntitySummary;
  paragraphs: number;
  stories: number;
  state: FacetState;
  /**
   * Id of the note saying why this row is disabled: under "all selected" it would leave no paragraph.
   * Undefined when the row can be ticked.
   */
  blockedBy?: string;
  /** The facet list's id: the row's count is described by `${listId}-${entity.id}-count`. */
  listId: string;
  /** Stable across renders (the row is memoized): it is told the entity and decides from the current filter. */
  onToggle: (entity: EntitySummary) => void;
  onExclude: (entity: EntitySummary) => void;
}

/**
 * One entity of a facet: a checkbox, its counts and an exclude button. Memoized so a click re-renders only
 * the rows whose state or counts changed, not the hundred rows of "Show all".
 */
export const FacetRow = memo(function FacetRow({
  entity,
  paragraphs,
  stories,
  state,
  blockedBy,
  listId,
  onToggle,
  onExclude,
}: FacetRowProps) {
  const countId = `${listId}-${entity.id}-count`;
  return (
    <li className={`facet__row facet__row--${state}${blockedBy ? ' facet__row--blocked' : ''}`}>
      <label className="facet__label">
        <input
          type="checkbox"
          checked={state === 'included'}
          disabled={blockedBy !== undefined}
          onChange={() => onToggle(entity)}
          aria-describedby={blockedBy ? `${countId} ${blockedBy}` : countId}
        />
        <span className="facet__name">{entity.name}</span>
        {state === 'excluded' && <span className="facet__tag">excluded</span>}
      </label>
      <span
        className="facet__count"
        id={countId}
        title={`${plural(paragraphs, 'paragraph', 'paragraphs')} in ${plural(stories, 'story', 'stories')}`}
      >
        <span aria-hidden="true">{paragraphs}</span>
        <span className="visually-hidden">
          {plural(paragraphs, 'paragraph', 'paragraphs')} in {plural(stories, 'story', 'stories')}
        </span>
      </span>
      <button
        type="button"
        className="facet__exclude"
        aria-pressed={state === 'excluded'}
        aria-label={`Exclude ${entity.name}`}
        title={state === 'excluded' ? `Stop excluding ${entity.name}` : `Exclude ${entity.name}`}
        onClick={() => onExclude(entity)}
      >
        <span aria-hidden="true">⊘</span>
      </button>
    </li>
  );
});
