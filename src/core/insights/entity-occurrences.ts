import { entityLookup } from '../query/entity-lookup.ts';
import type { CorpusIndex, EntitySummary, Mention } from '../schema.ts';
import type { InsightParagraph } from './insight-paragraphs.ts';

/** One mention of an entity in a covered paragraph. */
export interface Occurrence {
  entity: EntitySummary;
  mention: Mention;
  /** The paragraph it is in. */
  at: InsightParagraph;
  /** Position of the mention among all occurrences, in reading order (a stable tie-breaker). */
  order: number;
}

/** Every mention in the paragraphs whose entity passes `accept`, in reading order. */
export function entityOccurrences(
  index: CorpusIndex,
  paragraphs: readonly InsightParagraph[],
  accept: (entity: EntitySummary) => boolean,
): Occurrence[] {
  const lookup = entityLookup(index);
  const found: Occurrence[] = [];
  for (const at of paragraphs) {
    for (const mention of at.paragraph.mentions) {
      const position = lookup.get(mention.entityId);
      const entity = position === undefined ? undefined : index.entities[position];
      if (entity && accept(entity)) found.push({ entity, mention, at, order: found.length });
    }
  }
  return found;
}
