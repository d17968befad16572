import type { CorpusIndex, EntitySummary } from '../schema.ts';
import { pushAll } from '../array/push-all.ts';

/**
 * The built index with digests read in this browser added: their documents and stories after the built ones,
 * their entities merged by id (counts added, names and demonyms united) and each local story's
 * `paragraphEntities` renumbered against the merged entity list. The built index's numbering is unchanged.
 */
export function mergeCorpusIndexes(base: CorpusIndex, locals: readonly CorpusIndex[]): CorpusIndex {
  if (locals.length === 0) return base;
  const entities: EntitySummary[] = [...base.entities];
  const position = new Map(entities.map((entity, i) => [entity.id, i]));
  const documentIds = new Set(base.documents.map((d) => d.id));
  const documents = [...base.documents];
  const stories = [...base.stories];
  const versions = [base.version];
  for (const local of locals) {
    // The same digest added twice (or already built) would list its stories twice.
    if (local.documents.some((d) => documentIds.has(d.id))) continue;
    for (const d of local.documents) documentIds.add(d.id);
    versions.push(local.version);
    const renumber = local.entities.map((entity) => {
      const at = position.get(entity.id);
      if (at === undefined) {
        position.set(entity.id, entities.length);
        entities.push(entity);
        return entities.length - 1;
      }
      entities[at] = mergeEntity(entities[at] as EntitySummary, entity);
      return at;
    });
    pushAll(documents, local.documents);
    for (const story of local.stories) {
      stories.push({
        ...story,
        paragraphEntities: story.paragraphEntities.map((indexes) =>
          indexes
            .map((i) => renumber[i])
            .filter((i): i is number => i !== undefined)
            .sort((a, b) => a - b),
        ),
      });
    }
  }
  return { version: versions.join('+'), documents, stories, entities };
}

/** One entity known to two corpora: counts added, aliases and demonyms united, the first's name and value kept. */
function mergeEntity(a: EntitySummary, b: EntitySummary): EntitySummary {
  return {
    ...a,
    aliases: union(a.aliases, b.aliases),
    demonyms: union(a.demonyms, b.demonyms),
    mentionCount: a.mentionCount + b.mentionCount,
    storyCount: a.storyCount + b.storyCount,
    coordinates: a.coordinates ?? b.coordinates,
    value: a.value ?? b.value,
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
