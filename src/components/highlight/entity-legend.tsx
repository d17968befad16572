import { useSearchParams } from 'react-router';
import { ENTITY_TYPES } from '../../core/schema.ts';
import type { EntityType } from '../../core/schema.ts';
import { useEntityMarks } from './entity-marks-context.ts';
import { SCROLL_SPY_STATE } from '../story/scroll-spy-state.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { HIDE_PARAM, hiddenTypes } from '../../url/hidden-types.ts';
import './entity-marks.css';

/** One switch per entity type in the corpus: shows its mark style, and hides or shows its highlights (`?hide=date`). */
export function EntityLegend() {
  const { index } = useEntityMarks();
  const [params, setParams] = useSearchParams();
  const hidden = hiddenTypes(params);
  const present = ENTITY_TYPES.filter((type) => index?.entities.some((e) => e.type === type));
  const toggle = (type: EntityType) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const rest = next.getAll(HIDE_PARAM).filter((t) => t !== type);
        next.delete(HIDE_PARAM);
        for (const t of hidden.has(type) ? rest : [...rest, type]) next.append(HIDE_PARAM, t);
        return next;
      },
      { replace: true, preventScrollReset: true, state: SCROLL_SPY_STATE },
    );
  if (present.length === 0) return null;
  return (
    <section className="entity-legend-box" aria-labelledby="entity-legend-title">
      <h2 className="filter-panel__title" id="entity-legend-title">
        Highlights
      </h2>
      <ul className="entity-legend">
        {present.map((type) => {
          const label = ENTITY_TYPE_LABELS[type];
          const on = !hidden.has(type);
          return (
            <li key={type}>
              <button
                type="button"
                role="switch"
                aria-checked={on}
                className="entity-legend__switch"
                title={`${on ? 'Hide' : 'Show'} highlights of ${label.plural.toLowerCase()}`}
                onClick={() => toggle(type)}
              >
                <span className={`mention mention--${type}`}>
                  <span aria-hidden="true">{label.glyph}</span> {label.plural}
                </span>
                <span className="entity-legend__state" aria-hidden="true">
                  {on ? 'on' : 'off'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
