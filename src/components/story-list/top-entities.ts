import type { EntitySummary, EntityType, StorySummary } from '../../core/schema.ts';

/**
 * The entities of `type` a story mentions in the most paragraphs (ties: the more mentioned in the
 * corpus first), from the index alone: `paragraphEntities` holds indexes into `entities`.
 */
export function topEntities(
  story: Pick<StorySummary, 'paragraphEntities'>,
  entities: readonly EntitySummary[],
  type: EntityType,
  limit = 3,
): EntitySummary[] {
  const counts = new Map<number, number>();
  for (const paragraph of story.paragraphEntities) {
    for (const at of paragraph) {
      if (entities[at]?.type === type) counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([at, count]) => ({ entity: entities[at], count }))
    .filter((e): e is { entity: EntitySummary; count: number } => e.entity !== undefined)
    .sort((a, b) => b.count - a.count || b.entity.mentionCount - a.entity.mentionCount)
    .slice(0, limit)
    .map((e) => e.entity);
}
