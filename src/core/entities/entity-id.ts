import type { EntityType } from '../schema.ts';
import { slugify } from '../text/slugify.ts';

// Every mention of a name asks for its id again: slugs are remembered by type (the memory is dropped past 100,000).
const IDS = new Map<string, Map<string, string>>();
let size = 0;

/** The entity id of a name: "person:vladimir-putin"; `fallback` (the type by default) when no letter is left. */
export function entityId(type: EntityType, name: string, fallback: string = type): string {
  const scope = fallback === type ? type : `${type}/${fallback}`;
  let ids = IDS.get(scope);
  if (!ids) IDS.set(scope, (ids = new Map()));
  const known = ids.get(name);
  if (known !== undefined) return known;
  const id = `${type}:${slugify(name, fallback)}`;
  if (size >= 100_000) {
    IDS.clear();
    size = 0;
    IDS.set(scope, (ids = new Map()));
  }
  ids.set(name, id);
  size++;
  return id;
}
