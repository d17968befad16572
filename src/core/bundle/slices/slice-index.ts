import type { CorpusIndex, IndexSlice, IndexWhole, StorySummary } from '../../schema.ts';
import { sliceLayout } from './slice-layout.ts';

const ascending = (a: number, b: number) => a - b;

/**
 * The part of `index` holding the stories `storyIds` names: those stories (in the index's order), their
 * digests (with every story id, so counts and positions stay exact) and only the entities they mention,
 * renumbered; plus where the slice sits in the whole index. Work in proportion to the slice, once the
 * index's layout is known.
 */
export function sliceIndex(index: CorpusIndex, storyIds: ReadonlySet<string>): IndexSlice {
  const { storyAt, entityAt, digests, digestAt } = sliceLayout(index);
  const stories = [...storyIds]
    .flatMap((id) => storyAt.get(id) ?? [])
    .sort(ascending)
    .map((i) => index.stories[i]!);
  const listed = [...new Set(stories.flatMap((s) => digestAt.get(s.documentId) ?? []))]
    .sort(ascending)
    .map((i) => digests[i]!);
  const documents: IndexWhole['documents'] = {};
  for (const { doc, position, storiesBefore } of listed) documents[doc.id] = { position, storiesBefore };
  // entity positions the slice's stories use, in the whole index's order, so the slice keeps its ranking ties
  const used = new Set<number>();
  for (const story of stories) {
    for (const paragraph of story.paragraphEntities) for (const e of paragraph) used.add(e);
    for (const m of story.titleMentions) used.add(entityAt.get(m.entityId) ?? -1);
    for (const section of story.sections)
      for (const m of section.headingMentions) used.add(entityAt.get(m.entityId) ?? -1);
  }
  used.delete(-1);
  const kept = [...used].sort(ascending);
  const renumber = new Map(kept.map((e, i) => [e, i]));
  const renumbered = (story: StorySummary): StorySummary => ({
    ...story,
    paragraphEntities: story.paragraphEntities.map((list) => list.flatMap((e) => renumber.get(e) ?? [])),
  });
  return {
    index: {
      version: index.version,
      documents: listed.map((d) => d.doc),
      stories: stories.map(renumbered),
      entities: kept.flatMap((i) => index.entities[i] ?? []),
    },
    whole: {
      storyCount: index.stories.length,
      documentCount: index.documents.length,
      listedDocumentCount: digests.length,
      documents,
    },
  };
}
