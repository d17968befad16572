import type { Correction } from './correction.ts';

/** What a list of corrections does to entity ids: where each id ends up, and the names given on the way. */
export interface CorrectionPlan {
  /** The id an entity of `id` has after every correction, or null when it was hidden. */
  resolve(id: string): string | null;
  /** Canonical names given by `rename`, by final id. */
  names: ReadonlyMap<string, string>;
}

/** The slug of an entity id: `person:vladimir-putin` → `vladimir-putin`. */
export function entitySlug(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(colon + 1);
}

/**
 * Follows corrections in order. Each names an id as the earlier ones left it; a correction of an id that was
 * hidden (or merged away and so no longer live) does nothing, and so does a merge of an entity into itself.
 */
export function resolveCorrections(corrections: readonly Correction[]): CorrectionPlan {
  // id → what it became (another id, or null for hidden); a chain is followed to its end.
  const became = new Map<string, string | null>();
  const names = new Map<string, string>();
  const resolve = (id: string): string | null => {
    let current: string | null = id;
    // Each step moves to an id set later than the one before, so a chain ends within `became.size` steps.
    for (let steps = 0; current !== null && became.has(current) && steps <= became.size; steps++) {
      current = became.get(current) ?? null;
    }
    return current;
  };
  const move = (from: string, to: string | null) => {
    became.set(from, to);
    const name = names.get(from);
    names.delete(from);
    // A renamed entity keeps its name when retyped; merged into another, the survivor's name wins.
    if (to !== null && name !== undefined && !names.has(to)) names.set(to, name);
  };
  for (const correction of corrections) {
    const id = resolve(correction.entityId);
    if (id === null) continue;
    switch (correction.kind) {
      case 'rename':
        names.set(id, correction.name);
        break;
      case 'retype': {
        const next = `${correction.type}:${entitySlug(id)}`;
        if (next !== id) move(id, next);
        break;
      }
      case 'merge': {
        const into = resolve(correction.into);
        if (into !== null && into !== id) {
          names.delete(id);
          move(id, into);
        }
        break;
      }
      case 'hide':
        move(id, null);
        break;
    }
  }
  return { resolve, names };
}
