import type { Entity, EntityType } from '../schema.ts';
import type { CorrectionPlan } from './resolve-corrections.ts';

/**
 * The entity list after a plan: hidden ones dropped, entities that end at one id merged into one (the one
 * that already had the id, else the first, gives name and value; counts add, names and demonyms unite),
 * renamed and retyped ones changed. Order follows the first entity of each result.
 */
export function correctEntities<T extends Entity>(entities: readonly T[], plan: CorrectionPlan): T[] {
  const groups = new Map<string, T[]>();
  for (const entity of entities) {
    const id = plan.resolve(entity.id);
    if (id === null) continue;
    const group = groups.get(id);
    if (group) group.push(entity);
    else groups.set(id, [entity]);
  }
  return [...groups].map(([id, group]) => {
    const base = group.find((e) => e.id === id) ?? (group[0] as T);
    const type = id.slice(0, id.indexOf(':')) as EntityType;
    const merged = group.reduce<T>(
      (acc, e) =>
        e === base
          ? acc
          : {
              ...acc,
              aliases: unite(acc.aliases, e.aliases),
              demonyms: unite(acc.demonyms, e.demonyms),
              mentionCount: acc.mentionCount + e.mentionCount,
              coordinates: acc.coordinates ?? e.coordinates,
            },
      base,
    );
    return {
      ...merged,
      id,
      type,
      name: plan.names.get(id) ?? merged.name,
      // A place's point and a date's value mean nothing once the entity is a person.
      coordinates: type === 'place' ? merged.coordinates : null,
      demonyms: type === 'place' ? merged.demonyms : [],
      value: merged.value?.kind === type ? merged.value : null,
    };
  });
}

function unite(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
