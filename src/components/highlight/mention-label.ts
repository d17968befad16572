import type { EntitySummary } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';

/**
 * What a screen reader hears for a mention: "Vladimir Putin, person". When the canonical name does not
 * contain the words shown ("EU" for European Union), they lead, so the spoken name includes the visible one.
 */
export function mentionLabel(entity: Pick<EntitySummary, 'name' | 'type'>, surface: string): string {
  const type = ENTITY_TYPE_LABELS[entity.type].singular;
  const shown = surface.replace(/\s+/g, ' ').trim();
  // whole words: "Putin" is in "Vladimir Putin", "EU" is not in "European Union"
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  return words(entity.name).includes(words(shown))
    ? `${entity.name}, ${type}`
    : `${shown}: ${entity.name}, ${type}`;
}
