import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { entitySlug } from '../../core/query/entity-slug.ts';
import { ENTITY_TYPES } from '../../core/schema.ts';
import type { CorpusIndex, EntitySummary } from '../../core/schema.ts';
import { entityPath } from '../../routes/paths';
import { ENTITY_TYPE_LABELS } from './entity-type-labels.ts';
import { matchText } from './match-text.ts';
import './entity-pages.css';

/** How the list is ordered: `?sort=name`, or by mentions (default). */
type EntitySort = 'mentions' | 'name';

function compare(sort: EntitySort) {
  return (a: EntitySummary, b: EntitySummary) =>
    sort === 'name'
      ? a.name.localeCompare(b.name)
      : b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Every entity of the corpus grouped by type, sortable by mentions or name and searchable; both in the URL. */
export function EntityIndexList({ index }: { index: CorpusIndex }) {
  const [params, setParams] = useSearchParams();
  const searchId = useId();
  const sort: EntitySort = params.get('sort') === 'name' ? 'name' : 'mentions';
  const find = params.get('find') ?? '';
  const update = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const shown = index.entities.filter((e) => matchText(find, [e.name, ...e.aliases]));
  return (
    <div className="entity-index">
      <div className="entity-index__controls">
        <div className="entity-index__search">
          <label htmlFor={searchId}>Find an entity</label>
          <input
            id={searchId}
            type="search"
            autoComplete="off"
            placeholder="Name or alias"
            defaultValue={find}
            onChange={(event) => update('find', event.target.value)}
          />
        </div>
        <fieldset className="entity-index__sort">
          <legend>Sort by</legend>
          <label>
            <input
              type="radio"
              name="entity-sort"
              checked={sort === 'mentions'}
              onChange={() => update('sort', '')}
            />{' '}
            mentions
          </label>
          <label>
            <input
              type="radio"
              name="entity-sort"
              checked={sort === 'name'}
              onChange={() => update('sort', 'name')}
            />{' '}
            name
          </label>
        </fieldset>
      </div>
      <p role="status" className="entity-index__count">
        {find
          ? `${plural(shown.length, 'entity', 'entities')} of ${index.entities.length} match “${find}”`
          : `${plural(index.entities.length, 'entity', 'entities')} in ${plural(index.stories.length, 'story', 'stories')}`}
      </p>
      {ENTITY_TYPES.map((type) => {
        const entities = shown.filter((e) => e.type === type).sort(compare(sort));
        if (entities.length === 0) return null;
        const label = ENTITY_TYPE_LABELS[type];
        return (
          <section key={type} className="entity-index__group" aria-labelledby={`entities-${type}`}>
            <h2 id={`entities-${type}`}>
              <span className={`entity-glyph entity-glyph--${type}`} aria-hidden="true">
                {label.glyph}
              </span>{' '}
              {label.plural} <span className="entity-index__total">({entities.length})</span>
            </h2>
            <ul className="entity-index__list">
              {entities.map((entity) => (
                <li key={entity.id}>
                  <Link className="entity-index__name" to={entityPath(entity.type, entitySlug(entity.id))}>
                    {entity.name}
                  </Link>
                  <span className="entity-index__meta">
                    {plural(entity.mentionCount, 'mention', 'mentions')} ·{' '}
                    {plural(entity.storyCount, 'story', 'stories')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
