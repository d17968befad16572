import type { CorpusIndex } from '../schema.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { paragraphEntitySets } from './paragraph-entity-sets.ts';

/**
 * The corpus's paragraphs numbered once, in story order, with who names what both ways, so a filter is a
 * few merges of sorted lists instead of a set per paragraph per story per click.
 */
export interface EntityPostings {
  /** Number of body paragraphs in the corpus. */
  paragraphCount: number;
  /** First paragraph number of each story (by position in `index.stories`), plus the total at the end. */
  storyStart: Int32Array;
  /** Story position of each paragraph number. */
  paragraphStory: Int32Array;
  /** The entities paragraph `p` names are `entities[entityStart[p]…entityStart[p + 1])`. */
  entityStart: Int32Array;
  entities: Int32Array;
  /** Per entity position: the paragraph numbers naming it, ascending. */
  postings: readonly Int32Array[];
}

const EMPTY = new Int32Array(0);

/** Builds the postings from each story's paragraph entity lists (`entitiesOf(storyPosition)`). */
function buildPostings(
  index: CorpusIndex,
  entitiesOf: (story: number) => readonly (readonly number[] | ReadonlySet<number>)[],
): EntityPostings {
  const lists = index.stories.map((_, s) => entitiesOf(s));
  const storyStart = new Int32Array(index.stories.length + 1);
  let paragraphCount = 0;
  let mentions = 0;
  lists.forEach((paragraphs, s) => {
    storyStart[s] = paragraphCount;
    paragraphCount += paragraphs.length;
    for (const ids of paragraphs) mentions += 'size' in ids ? ids.size : ids.length;
  });
  storyStart[index.stories.length] = paragraphCount;
  const paragraphStory = new Int32Array(paragraphCount);
  const entityStart = new Int32Array(paragraphCount + 1);
  const entities = new Int32Array(mentions);
  const perEntity = new Int32Array(index.entities.length);
  let p = 0;
  let m = 0;
  lists.forEach((paragraphs, s) => {
    for (const ids of paragraphs) {
      paragraphStory[p] = s;
      entityStart[p] = m;
      for (const e of ids) {
        // an index position the entity table lacks (a stale or hand-made index) names nothing
        if (e < 0 || e >= perEntity.length) continue;
        entities[m++] = e;
        perEntity[e] = (perEntity[e] ?? 0) + 1;
      }
      p += 1;
    }
  });
  entityStart[paragraphCount] = m;
  const postings = Array.from(perEntity, (n) => (n === 0 ? EMPTY : new Int32Array(n)));
  const filled = new Int32Array(index.entities.length);
  for (let q = 0; q < paragraphCount; q++) {
    for (let k = entityStart[q] ?? 0; k < (entityStart[q + 1] ?? 0); k++) {
      const e = entities[k] ?? 0;
      const list = postings[e];
      if (list) list[filled[e]!++] = q;
    }
  }
  return {
    paragraphCount,
    storyStart,
    paragraphStory,
    entityStart,
    entities: entities.subarray(0, m),
    postings,
  };
}

const plain = new WeakMap<CorpusIndex, EntityPostings>();
const withDemonyms = new WeakMap<CorpusIndex, WeakMap<LoadedBodies, EntityPostings>>();

/**
 * The postings of an index, built once per index (and, with demonyms on, once per set of loaded bodies,
 * whose text adds a place where a demonym of it is used).
 */
export function entityPostings(
  index: CorpusIndex,
  includeDemonyms = false,
  bodies?: LoadedBodies,
): EntityPostings {
  if (!includeDemonyms || !bodies || bodies.size === 0) {
    let built = plain.get(index);
    if (!built)
      plain.set(index, (built = buildPostings(index, (s) => index.stories[s]?.paragraphEntities ?? [])));
    return built;
  }
  let byBodies = withDemonyms.get(index);
  if (!byBodies) withDemonyms.set(index, (byBodies = new WeakMap()));
  let built = byBodies.get(bodies);
  if (!built) {
    built = buildPostings(index, (s) => {
      const story = index.stories[s];
      if (!story) return [];
      const body = bodies.get(story.id);
      return body
        ? paragraphEntitySets(index, story, true, body).map((set) => [...set].sort((a, b) => a - b))
        : story.paragraphEntities;
    });
    byBodies.set(bodies, built);
  }
  return built;
}
