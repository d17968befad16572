import { compileFilter, paragraphPasses } from '../query/compile-filter.ts';
import type { EntityFilter } from '../query/entity-filter.ts';
import { isFilterActive } from '../query/is-filter-active.ts';
import { paragraphEntitySets } from '../query/paragraph-entity-sets.ts';
import type { CorpusIndex, StorySummary } from '../schema.ts';
import { paragraphSections } from './paragraph-sections.ts';
import { parseSearchDocId } from './search-doc-id.ts';
import type { RawHit } from './search-engine.ts';

/** A hit inside a story: a sub-heading or a body paragraph. */
export type StoryHit =
  { kind: 'heading'; sectionId: string } | { kind: 'paragraph'; sectionId: string; paragraphId: string };

/** The hits of one story, for one group of the results. */
export interface StoryHits {
  story: StorySummary;
  /** Best score among its hits. */
  score: number;
  /** The headline itself matched. */
  title: boolean;
  /** Sub-heading and paragraph hits in reading order. */
  hits: StoryHit[];
}

/** Search results grouped by story, best story first. */
export interface GroupedHits {
  groups: StoryHits[];
  /** Hits counted: headlines, sub-headings and paragraphs. */
  hitCount: number;
}

interface Pending {
  story: StorySummary;
  score: number;
  title: boolean;
  hits: { hit: StoryHit; order: number }[];
}

// Per story, computed once: a keystroke's query must not redo this for every story of a large corpus.
const sectionsCache = new WeakMap<StorySummary, string[]>();

/**
 * Groups raw hits by story in the terms of `index` (the one the search index was built with: ids are positions
 * in it). With an entity filter on, only paragraph hits whose paragraph passes the filter are kept (a headline
 * or sub-heading is not a paragraph); demonyms are not counted here, since that would need every story's body.
 */
export function groupHits(
  index: CorpusIndex,
  raw: readonly RawHit[],
  filter: EntityFilter | null,
): GroupedHits {
  const compiled = filter !== null && isFilterActive(filter) ? compileFilter(index, filter) : null;
  const pending = new Map<number, Pending>();
  const entitySets = new Map<number, ReadonlySet<number>[]>();
  let hitCount = 0;

  for (const { id, score } of raw) {
    const target = parseSearchDocId(id);
    const story = target && index.stories[target.story];
    if (!target || !story) continue;
    if (compiled && target.kind !== 'paragraph') continue;
    let order = -1;
    let hit: StoryHit | null = null;
    if (target.kind === 'heading') {
      const section = story.sections[target.section];
      if (!section) continue;
      order = firstPosition(story, target.section) - 0.5;
      hit = { kind: 'heading', sectionId: section.id };
    } else if (target.kind === 'paragraph') {
      const paragraphId = story.paragraphIds[target.position];
      let sections = sectionsCache.get(story);
      if (!sections) sectionsCache.set(story, (sections = paragraphSections(story)));
      const sectionId = sections[target.position];
      if (paragraphId === undefined || sectionId === undefined) continue;
      if (compiled) {
        let sets = entitySets.get(target.story);
        if (!sets) entitySets.set(target.story, (sets = paragraphEntitySets(index, story, false, undefined)));
        const set = sets[target.position];
        if (!set || !paragraphPasses(set, compiled)) continue;
      }
      order = target.position;
      hit = { kind: 'paragraph', sectionId, paragraphId };
    }
    // hits come best first, so the first one of a story gives its score
    let group = pending.get(target.story);
    if (!group) pending.set(target.story, (group = { story, score, title: false, hits: [] }));
    if (hit) group.hits.push({ hit, order });
    else group.title = true;
    hitCount++;
  }
  const groups = [...pending.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ story, score, title, hits }) => ({
      story,
      score,
      title,
      hits: hits.sort((a, b) => a.order - b.order).map((h) => h.hit),
    }));
  return { groups, hitCount };
}

/** Position in reading order of a section's first paragraph. */
function firstPosition(story: StorySummary, sectionIndex: number): number {
  let position = 0;
  for (let i = 0; i < sectionIndex; i++) position += story.sections[i]?.paragraphCount ?? 0;
  return position;
}
