import { plural } from '../../core/text/plural.ts';
import { useLayoutEffect, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { includeEntity } from '../../core/query/include-entity.ts';
import { includedIds } from '../../core/query/included-ids.ts';
import { entitySlug } from '../../core/query/entity-slug.ts';
import type { EntitySummary } from '../../core/schema.ts';
import { entityPath, toSearch } from '../../url/paths.ts';
import { ENTITY_CORRECTIONS_ID } from '../corrections/entity-corrections-id.ts';
import { SCROLL_SPY_STATE } from '../story/scroll-spy-state.ts';
import { withEntityFilter } from '../../url/with-entity-filter.ts';
import { useEntityMarks } from './entity-marks-context.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { readEntityFilter } from '../../url/read-entity-filter.ts';

/**
 * The card of an entity, shown beside a mention: type, canonical name, aliases, counts, and the actions
 * "Filter by this" (adds it to the URL's filter) and "Open entity page". Built of spans: it sits in a paragraph.
 */
export function EntityCard({ id, entity }: { id: string; entity: EntitySummary }) {
  const { index } = useEntityMarks();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const card = useRef<HTMLSpanElement>(null);
  const label = ENTITY_TYPE_LABELS[entity.type];
  const filter = index ? readEntityFilter(params, index).filter : null;
  const filtered = filter ? includedIds(filter).includes(entity.id) : false;
  const aliases = entity.aliases.filter((a) => a !== entity.name);

  // keep the card inside the viewport on narrow screens: shift it left when it would overflow
  useLayoutEffect(() => {
    const el = card.current;
    if (!el || typeof el.getBoundingClientRect !== 'function') return;
    const overflow = el.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) el.style.setProperty('--card-shift', `${-overflow}px`);
  }, []);

  return (
    <span
      ref={card}
      id={id}
      className={`entity-card entity-card--${entity.type}`}
      role="group"
      aria-label={entity.name}
    >
      <span className="entity-card__type">
        <span className="entity-card__glyph" aria-hidden="true">
          {label.glyph}
        </span>{' '}
        {label.singular}
      </span>
      <span className="entity-card__name">{entity.name}</span>
      {aliases.length > 0 && <span className="entity-card__aliases">Also: {aliases.join(', ')}</span>}
      <span className="entity-card__counts">
        {plural(entity.mentionCount, 'mention', 'mentions')} in{' '}
        {plural(entity.storyCount, 'story', 'stories')}
      </span>
      <span className="entity-card__actions">
        {filter && !filtered && (
          <Link
            className="entity-card__action"
            to={{ pathname, search: toSearch(withEntityFilter(params, includeEntity(filter, entity))) }}
            preventScrollReset
            state={SCROLL_SPY_STATE}
          >
            Filter by this
          </Link>
        )}
        {filtered && <span className="entity-card__note">In the filter</span>}
        <Link className="entity-card__action" to={entityPath(entity.type, entitySlug(entity.id))}>
          Open entity page
        </Link>
        <Link
          className="entity-card__action"
          to={`${entityPath(entity.type, entitySlug(entity.id))}#${ENTITY_CORRECTIONS_ID}`}
        >
          Correct this entity
        </Link>
      </span>
    </span>
  );
}
