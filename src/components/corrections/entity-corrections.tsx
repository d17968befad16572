import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { entitySlug } from '../../core/corrections/resolve-corrections.ts';
import { ENTITY_TYPES, type CorpusIndex, type EntitySummary, type EntityType } from '../../core/schema.ts';
import { correctionsPath, entitiesPath, entityPath } from '../../url/paths.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { ENTITY_CORRECTIONS_ID } from './entity-corrections-id.ts';
import { CorrectionForm } from './correction-form.tsx';
import { MergePicker } from './merge-picker.tsx';
import { useCorrections } from './use-corrections.ts';
import './corrections.css';

type Mode = 'none' | 'rename' | 'retype' | 'merge';

/** The buttons that open a form below them, each with its label. */
const FORM_BUTTONS: readonly [Exclude<Mode, 'none'>, string][] = [
  ['rename', 'Rename…'],
  ['retype', 'Change type…'],
  ['merge', 'Merge into…'],
];

/** "Rename…", "Change type…", "Merge into…" and "Hide" for one entity; kept in this browser, applied at once. */
export function EntityCorrections({ index, entity }: { index: CorpusIndex; entity: EntitySummary }) {
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('none');
  const { add } = useCorrections();
  const navigate = useNavigate();

  const rename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name || name === entity.name) return setMode('none');
    await add({ kind: 'rename', entityId: entity.id, name });
    setMode('none');
  };
  const retype = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const type = ENTITY_TYPES.find((t) => t === new FormData(event.currentTarget).get('type'));
    if (!type || type === entity.type) return setMode('none');
    await add({ kind: 'retype', entityId: entity.id, type });
    void navigate(entityPath(type, entitySlug(entity.id)));
  };
  const merge = async (into: EntitySummary) => {
    await add({ kind: 'merge', entityId: entity.id, into: into.id });
    void navigate(entityPath(into.type, entitySlug(into.id)));
  };
  const hide = async () => {
    await add({ kind: 'hide', entityId: entity.id });
    void navigate(entitiesPath());
  };

  return (
    <section
      id={ENTITY_CORRECTIONS_ID}
      className="entity-corrections"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 id={headingId}>Correct this entity</h2>
      <p className="entity-corrections__hint">
        Changes apply at once and are kept in this browser;{' '}
        <Link to={correctionsPath()}>your corrections</Link> can be undone or exported for everyone.
      </p>
      <div className="entity-corrections__actions">
        {FORM_BUTTONS.map(([form, label]) => (
          <button
            key={form}
            type="button"
            className="button"
            aria-expanded={mode === form}
            onClick={() => setMode(form)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void hide()}>
          Hide
        </button>
      </div>
      {mode === 'rename' && (
        <CorrectionForm
          label="New name"
          save="Save name"
          field={(id) => <input id={id} name="name" defaultValue={entity.name} autoFocus required />}
          onSubmit={rename}
          onCancel={() => setMode('none')}
        />
      )}
      {mode === 'retype' && (
        <CorrectionForm
          label="Type"
          save="Save type"
          field={(id) => (
            <select id={id} name="type" defaultValue={entity.type} autoFocus>
              {ENTITY_TYPES.map((t: EntityType) => (
                <option key={t} value={t}>
                  {ENTITY_TYPE_LABELS[t].singular}
                </option>
              ))}
            </select>
          )}
          onSubmit={retype}
          onCancel={() => setMode('none')}
        />
      )}
      {mode === 'merge' && (
        <MergePicker
          index={index}
          entity={entity}
          onPick={(into) => void merge(into)}
          onCancel={() => setMode('none')}
        />
      )}
    </section>
  );
}
