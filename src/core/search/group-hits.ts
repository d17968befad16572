import { compileFilter, paragraphPasses } from '../query/compile-filter.ts';
import type { EntityFilter } from '../query/entity-filter.ts';
import { isFilterActive } from '../query/is-filter-active.ts';
import { paragraphEntitySets } from '../query/paragraph-entity-sets.ts';
import type { CorpusIndex, StorySummary } from '../schema.ts';
import { paragraphPlaces, type ParagraphPlace } from './paragraph-places.ts';
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

/**
 * Groups raw hits by story in the index's terms. With an entity filter on, only paragraph hits whose paragraph
 * passes the filter are kept (a headline or sub-heading is not a paragraph); demonyms are not counted here,
 * since that would need every story's body.
 */
export function groupHits(
  index: CorpusIndex,
  raw: readonly RawHit[],
  filter: EntityFilter | null,
): GroupedHits {
  const stories = storiesById(index);
  const filtering = filter !== null && isFilterActive(filter);
  const compiled = filtering ? compileFilter(index, filter) : null;
  const pending = new Map<string, Pending>();
  const passes = new Map<string, ReadonlySet<number>[]>();
  let hitCount = 0;

  for (const { id, score } of raw) {
    const target = parseSearchDocId(id);
    const story = target && stories.get(target.storyId);
    if (!target || !story) continue;
    if (compiled && target.kind !== 'paragraph') continue;
    let group = pending.get(story.id);
    const ensure = (): Pending => {
      group ??= { story, score, title: false, hits: [] };
      pending.set(story.id, group);
      return group;
    };
    if (target.kind === 'title') {
      ensure().title = true;
      hitCount++;
      continue;
    }
    let storyPlaces = placesCache.get(story);
    if (!storyPlaces) placesCache.set(story, (storyPlaces = paragraphPlaces(story)));
    if (target.kind === 'heading') {
      const position = story.sections.findIndex((s) => s.id === target.sectionId);
      if (position < 0) continue;
      const first = firstPosition(story, position);
      ensure().hits.push({ hit: { kind: 'heading', sectionId: target.sectionId }, order: first - 0.5 });
      hitCount++;
      continue;
    }
    const place = storyPlaces.get(target.paragraphId);
    if (!place) continue;
    if (compiled && filter) {
      let sets = passes.get(story.id);
      if (!sets) passes.set(story.id, (sets = paragraphEntitySets(index, story, false, undefined)));
      const set = sets[place.position];
      if (!set || !paragraphPasses(set, compiled)) continue;
    }
    const hit: StoryHit = { kind: 'paragraph', sectionId: place.sectionId, paragraphId: target.paragraphId };
    ensure().hits.push({ hit, order: place.position });
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

// Per index and per story, computed once: a keystroke's query must not walk every story of a large corpus.
const storyMaps = new WeakMap<CorpusIndex, Map<string, StorySummary>>();
const placesCache = new WeakMap<StorySummary, Map<string, ParagraphPlace>>();

function storiesById(index: CorpusIndex): Map<string, StorySummary> {
  let map = storyMaps.get(index);
  if (!map) storyMaps.set(index, (map = new Map(index.stories.map((story) => [story.id, story]))));
  return map;
}

/** Position in reading order of a section's first paragraph. */
function firstPosition(story: StorySummary, sectionIndex: number): number {
  let position = 0;
  for (let i = 0; i < sectionIndex; i++) position += story.sections[i]?.paragraphCount ?? 0;
  return position;
}
