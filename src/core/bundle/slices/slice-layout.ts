import type { CorpusIndex, DocumentSummary } from '../../schema.ts';

/** A digest with at least one story, as the outline lists and counts it. */
export interface ListedDigest {
  doc: DocumentSummary;
  /** Ids of its stories the index holds, in order. */
  listed: string[];
  /** 0-based among the listed digests. */
  position: number;
  /** Stories of the listed digests before it. */
  storiesBefore: number;
}

/** Where everything sits in an index, for cutting many slices of it without scanning it for each. */
export interface SliceLayout {
  storyAt: ReadonlyMap<string, number>;
  entityAt: ReadonlyMap<string, number>;
  digests: readonly ListedDigest[];
  digestAt: ReadonlyMap<string, number>;
}

// The build cuts a slice per digest and per list page: one layout per index keeps that linear in its size.
const layouts = new WeakMap<CorpusIndex, SliceLayout>();

/** The layout of `index`, worked out once per index. */
export function sliceLayout(index: CorpusIndex): SliceLayout {
  const known = layouts.get(index);
  if (known) return known;
  const storyAt = new Map(index.stories.map((s, i) => [s.id, i]));
  const digests: ListedDigest[] = [];
  let storiesBefore = 0;
  for (const doc of index.documents) {
    const listed = doc.storyIds.filter((id) => storyAt.has(id));
    if (listed.length === 0) continue;
    digests.push({ doc, listed, position: digests.length, storiesBefore });
    storiesBefore += listed.length;
  }
  const layout: SliceLayout = {
    storyAt,
    entityAt: new Map(index.entities.map((e, i) => [e.id, i])),
    digests,
    digestAt: new Map(digests.map((d, i) => [d.doc.id, i])),
  };
  layouts.set(index, layout);
  return layout;
}
