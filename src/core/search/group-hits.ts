import { compileFilter, paragraphPasses } from '../query/compile-filter.ts';
import type { EntityFilter } from '../query/entity-filter.ts';
import { isFilterActive } from '../query/is-filter-active.ts';
import { paragraphEntitySets } from '../query/paragraph-entity-sets.ts';
import type { CorpusIndex, StorySummary } from '../schema.ts';
import { rankStories } from './rank-stories.ts';
import { parseSearchDocId } from './search-doc-id.ts';
import type { RawHit } from './search-engine.ts';
import { storyHits } from './story-hits.ts';

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
  const entitySets = new Map<number, ReadonlySet<number>[]>();
  const passes = (hit: RawHit): boolean => {
    if (!compiled) return true;
    const target = parseSearchDocId(hit.id);
    const story = target && index.stories[target.story];
    if (!story || target.kind !== 'paragraph') return false;
    let sets = entitySets.get(target.story);
    if (!sets) entitySets.set(target.story, (sets = paragraphEntitySets(index, story, false, undefined)));
    const set = sets[target.position];
    return set !== undefined && paragraphPasses(set, compiled);
  };
  const groups = rankStories(compiled ? raw.filter(passes) : raw)
    .stories.flatMap((ranked) => {
      const story = index.stories[ranked.at];
      const group = story && storyHits(story, ranked);
      return group ? [group] : [];
    })
    .sort((a, b) => b.score - a.score);
  const hitCount = groups.reduce((sum, group) => sum + group.hits.length + (group.title ? 1 : 0), 0);
  return { groups, hitCount };
}
