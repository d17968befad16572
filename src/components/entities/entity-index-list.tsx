import { plural } from '../../core/text/plural.ts';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { entitySlug } from '../../core/query/entity-slug.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { entitiesPath, entityPath } from '../../url/paths.ts';
import { ListPagination } from '../story-list/list-pagination.tsx';
import { pageParam } from '../../url/page-search.ts';
import { entityIndexPage } from './entity-index-page.ts';
import type { EntitySort } from './entity-index-page.ts';
import { ENTITY_TYPE_LABELS } from './entity-type-labels.ts';
import './entity-pages.css';
import { usePageStatusFocus } from '../story-list/use-page-status-focus.ts';
import { RadioFieldset } from '../layout/radio-fieldset.tsx';

const count = (n: number) => n.toLocaleString('en');

/** The orders of the index, and their words beside the radio buttons. */
const SORT_CHOICES: readonly (readonly [EntitySort, string])[] = [
  ['mentions', 'mentions'],
  ['name', 'name'],
];

/**
 * Every entity of the corpus grouped by type, sortable by mentions or name and searchable, one page
 * (`?page=`) of at most 100 rows at a time so the page stays light whatever the size of the corpus; all
 * in the URL.
 */
export function EntityIndexList({ index }: { index: CorpusIndex }) {
  const [params, setParams] = useSearchParams();
  const searchId = useId();
  const sort: EntitySort = params.get('sort') === 'name' ? 'name' : 'mentions';
  const find = params.get('find') ?? '';
  const requested = pageParam(params.toString());
  const update = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        // a new find or order starts from its first page
        next.delete('page');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  // filters and sorts every entity: once per index, find, order and page, not per render
  const { groups, page, pageCount, first, last, total } = useMemo(
    () => entityIndexPage(index.entities, find, sort, requested),
    [index.entities, find, sort, requested],
  );
  const { status, onNavigate } = usePageStatusFocus(page);
  const range = `${count(first)}–${count(last)}`;
  const summary = find
    ? pageCount > 1
      ? `Entities ${range} of ${count(total)} matching “${find}”`
      : `${plural(total, 'entity', 'entities')} of ${count(index.entities.length)} match “${find}”`
    : pageCount > 1
      ? `Entities ${range} of ${count(total)}`
      : `${plural(total, 'entity', 'entities')} in ${plural(index.stories.length, 'story', 'stories')}`;
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
        <RadioFieldset
          className="entity-index__sort"
          legend="Sort by"
          name="entity-sort"
          choices={SORT_CHOICES}
          value={sort}
          onChange={(by) => update('sort', by === 'name' ? 'name' : '')}
        />
      </div>
      <p role="status" className="entity-index__count" tabIndex={-1} ref={status}>
        {summary}
      </p>
      {groups.map(({ type, entities, total: typeTotal }) => {
        const label = ENTITY_TYPE_LABELS[type];
        return (
          <section key={type} className="entity-index__group" aria-labelledby={`entities-${type}`}>
            <h2 id={`entities-${type}`}>
              <span className={`entity-glyph entity-glyph--${type}`} aria-hidden="true">
                {label.glyph}
              </span>{' '}
              {label.plural} <span className="entity-index__total">({count(typeTotal)})</span>
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
      <ListPagination
        page={page}
        pageCount={pageCount}
        search={params.toString()}
        path={entitiesPath}
        of="entities"
        onNavigate={onNavigate}
      />
    </div>
  );
}
