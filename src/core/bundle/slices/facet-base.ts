import { EMPTY_ENTITY_FILTER } from '../../query/entity-filter.ts';
import { facetCounts } from '../../query/facet-counts.ts';
import { FACET_ROW_LIMIT } from '../../query/list-limits.ts';
import type { CorpusIndex, EntityType, FacetBase, FacetTypeTotal } from '../../schema.ts';

/**
 * The filter panel with no filter on, cut from the whole index: per type, the entities a facet can list
 * (the panel's order, paragraphs then mentions, down to `limit` rows, with every entity tied with the last
 * one kept, since the browser breaks ties by name in its own locale), every place with demonyms (the
 * "demonyms" switch and its matching need them), their counts, and each type's totals.
 */
export function facetBase(index: CorpusIndex, limit = FACET_ROW_LIMIT): FacetBase {
  const counts = facetCounts(index, EMPTY_ENTITY_FILTER);
  const paragraphs = (i: number) => counts.paragraphs[i] ?? 0;
  const byType = new Map<EntityType, number[]>();
  index.entities.forEach((entity, i) => {
    const list = byType.get(entity.type) ?? [];
    list.push(i);
    byType.set(entity.type, list);
  });
  const kept = new Set<number>();
  const totals: FacetBase['totals'] = {};
  for (const [type, positions] of byType) {
    const mentions = (i: number) => index.entities[i]?.mentionCount ?? 0;
    positions.sort((a, b) => paragraphs(b) - paragraphs(a) || mentions(b) - mentions(a));
    const last = positions[Math.min(limit, positions.length) - 1];
    positions.forEach((i, rank) => {
      const tied = last !== undefined && paragraphs(i) === paragraphs(last) && mentions(i) === mentions(last);
      if (rank < limit || tied) kept.add(i);
    });
    const total: FacetTypeTotal = {
      entities: positions.length,
      withParagraphs: positions.filter((i) => paragraphs(i) > 0).length,
    };
    totals[type] = total;
  }
  index.entities.forEach((entity, i) => {
    if (entity.demonyms.length > 0) kept.add(i);
  });
  const positions = [...kept].sort((a, b) => a - b);
  return {
    version: index.version,
    entities: positions.map((i) => index.entities[i]!),
    paragraphCounts: positions.map(paragraphs),
    storyCounts: positions.map((i) => counts.stories[i] ?? 0),
    totals,
  };
}
