import { ENTITY_TYPES } from '../../core/schema.ts';
import type { EntitySummary, EntityType } from '../../core/schema.ts';
import { matchText } from '../filter/match-text.ts';

/** Rows per page of `/entities`: the page holds at most this many whatever the size of the corpus. */
export const ENTITIES_PER_PAGE = 100;

/** How the list is ordered: `?sort=name`, or by mentions (default). */
export type EntitySort = 'mentions' | 'name';

/** One page of the entity index: its rows grouped by type, and where it sits among the pages. */
export interface EntityIndexPage {
  /** The page's rows by type, in type order; `total` counts the type's matches on every page. */
  groups: { type: EntityType; entities: EntitySummary[]; total: number }[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown (0 and 0 when none). */
  first: number;
  last: number;
  /** Entities on all pages (those matching `find`). */
  total: number;
}

// one collator for every comparison: thousands of names tie on mentions at scale
const collator = new Intl.Collator();

function compare(sort: EntitySort) {
  return (a: EntitySummary, b: EntitySummary) =>
    sort === 'name'
      ? collator.compare(a.name, b.name)
      : b.mentionCount - a.mentionCount || collator.compare(a.name, b.name);
}

/**
 * Page `requested` of the entities matching `find` (name or alias), grouped by type in type order and
 * sorted within each type, `size` per page. A type split across pages shows its part on each.
 */
export function entityIndexPage(
  entities: readonly EntitySummary[],
  find: string,
  sort: EntitySort,
  requested: number,
  size = ENTITIES_PER_PAGE,
): EntityIndexPage {
  const byType = ENTITY_TYPES.map((type) => ({
    type,
    entities: entities
      .filter((e) => e.type === type && matchText(find, [e.name, ...e.aliases]))
      .sort(compare(sort)),
  }));
  const total = byType.reduce((sum, g) => sum + g.entities.length, 0);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const start = (page - 1) * size;
  const end = Math.min(start + size, total);
  const groups: EntityIndexPage['groups'] = [];
  let at = 0;
  for (const group of byType) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, group.entities.length);
    if (from < to)
      groups.push({
        type: group.type,
        entities: group.entities.slice(from, to),
        total: group.entities.length,
      });
    at += group.entities.length;
  }
  return { groups, page, pageCount, first: total ? start + 1 : 0, last: end, total };
}
