import type { CorpusIndex, EntitySummary } from '../schema.ts';
import { entityLookup } from './entity-lookup.ts';

/** An entity named in the same paragraphs as another. */
export interface CoMention {
  entity: EntitySummary;
  /** Paragraphs naming both. */
  paragraphs: number;
}

/** The entities most often named in the same paragraph as `entityId`, most shared paragraphs first, then by name. */
export function coMentions(index: CorpusIndex, entityId: string, limit = 10): CoMention[] {
  const self = entityLookup(index).get(entityId);
  if (self === undefined) return [];
  const counts = new Map<number, number>();
  for (const story of index.stories) {
    for (const ids of story.paragraphEntities) {
      if (!ids.includes(self)) continue;
      for (const e of ids) if (e !== self) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
  }
  return [...counts]
    .flatMap(([e, paragraphs]) => {
      const entity = index.entities[e];
      return entity ? [{ entity, paragraphs }] : [];
    })
    .sort((a, b) => b.paragraphs - a.paragraphs || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}
