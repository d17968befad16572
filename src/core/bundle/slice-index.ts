import type { CorpusIndex, IndexSlice, IndexWhole, StorySummary } from '../schema.ts';

/**
 * The part of `index` holding the stories `storyIds` names: those stories (in the index's order), their
 * digests (with every story id, so counts and positions stay exact) and only the entities they mention,
 * renumbered; plus where the slice sits in the whole index.
 */
export function sliceIndex(index: CorpusIndex, storyIds: ReadonlySet<string>): IndexSlice {
  const stories = index.stories.filter((s) => storyIds.has(s.id));
  const documentIds = new Set(stories.map((s) => s.documentId));
  const documents: IndexWhole['documents'] = {};
  // positions among the digests that list a story, as the outline counts them (an empty digest is skipped)
  const present = new Set(index.stories.map((s) => s.id));
  let position = 0;
  let storiesBefore = 0;
  for (const doc of index.documents) {
    const listed = doc.storyIds.filter((id) => present.has(id)).length;
    if (listed === 0) continue;
    if (documentIds.has(doc.id)) documents[doc.id] = { position, storiesBefore };
    position += 1;
    storiesBefore += listed;
  }
  // entity positions the slice's stories use, in the whole index's order, so the slice keeps its ranking ties
  const used = new Set<number>();
  const ids = new Set<string>();
  for (const story of stories) {
    for (const paragraph of story.paragraphEntities) for (const e of paragraph) used.add(e);
    for (const m of story.titleMentions) ids.add(m.entityId);
    for (const section of story.sections) for (const m of section.headingMentions) ids.add(m.entityId);
  }
  const renumber = new Map<number, number>();
  const entities = index.entities.filter((entity, i) => {
    if (!used.has(i) && !ids.has(entity.id)) return false;
    renumber.set(i, renumber.size);
    return true;
  });
  const renumbered = (story: StorySummary): StorySummary => ({
    ...story,
    paragraphEntities: story.paragraphEntities.map((list) => list.flatMap((e) => renumber.get(e) ?? [])),
  });
  return {
    index: {
      version: index.version,
      documents: index.documents.filter((d) => documentIds.has(d.id)),
      stories: stories.map(renumbered),
      entities,
    },
    whole: {
      storyCount: index.stories.length,
      documentCount: index.documents.length,
      listedDocumentCount: position,
      documents,
    },
  };
}
