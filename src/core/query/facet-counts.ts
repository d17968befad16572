import type { CorpusIndex } from '../schema.ts';
import { compileFilter } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import { entityPostings } from './entity-postings.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { passingParagraphs } from './passing-paragraphs.ts';

/** Per entity (by position in `index.entities`): what it would match under the current filter. */
export interface FacetCounts {
  paragraphs: number[];
  stories: number[];
}

/** Paragraphs and stories naming each entity, with no filter. */
function countAll(index: CorpusIndex): FacetCounts {
  const paragraphs = new Int32Array(index.entities.length);
  const stories = new Int32Array(index.entities.length);
  const lastStory = new Int32Array(index.entities.length).fill(-1);
  index.stories.forEach((story, s) => {
    for (const ids of story.paragraphEntities) {
      for (const e of ids) {
        if (e < 0 || e >= paragraphs.length) continue;
        paragraphs[e] = (paragraphs[e] ?? 0) + 1;
        if (lastStory[e] !== s) {
          lastStory[e] = s;
          stories[e] = (stories[e] ?? 0) + 1;
        }
      }
    }
  });
  return { paragraphs: Array.from(paragraphs), stories: Array.from(stories) };
}

/**
 * Facet counts that follow the filter: for each entity, the paragraphs (and stories) that name it and
 * would pass the filter were it selected too. With `match=all` that is the current results naming it;
 * with `match=any`, every paragraph naming it that no exclusion hides. Excluded entities count 0.
 */
export function facetCounts(index: CorpusIndex, filter: EntityFilter, bodies?: LoadedBodies): FacetCounts {
  const compiled = compileFilter(index, filter);
  // nothing selected: every paragraph passes, and one pass over the index beats building the postings
  // during the page's first render (they are built when the browser is idle, before the first click)
  const plain = !filter.includeDemonyms || !bodies || bodies.size === 0;
  if (plain && compiled.exclude.size === 0 && (compiled.include.length === 0 || compiled.match === 'any')) {
    return countAll(index);
  }
  const postings = entityPostings(index, filter.includeDemonyms, bodies);
  // any: selecting an entity it names makes "some included entity" true, so only exclusions matter
  const passing = passingParagraphs(
    postings,
    compiled.match === 'any' ? { ...compiled, include: [] } : compiled,
  );
  const paragraphs = new Int32Array(index.entities.length);
  const stories = new Int32Array(index.entities.length);
  // the last story each entity was counted in: paragraphs come in story order, so one slot is enough
  const lastStory = new Int32Array(index.entities.length).fill(-1);
  const { entityStart, entities, paragraphStory } = postings;
  for (let p = 0; p < postings.paragraphCount; p++) {
    if (!passing[p]) continue;
    const story = paragraphStory[p] ?? -1;
    for (let k = entityStart[p] ?? 0; k < (entityStart[p + 1] ?? 0); k++) {
      const e = entities[k] ?? 0;
      paragraphs[e] = (paragraphs[e] ?? 0) + 1;
      if (lastStory[e] !== story) {
        lastStory[e] = story;
        stories[e] = (stories[e] ?? 0) + 1;
      }
    }
  }
  return { paragraphs: Array.from(paragraphs), stories: Array.from(stories) };
}
