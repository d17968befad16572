import type { CorpusIndex } from '../schema.ts';
import { compileFilter, paragraphPasses } from './compile-filter.ts';
import type { EntityFilter } from './entity-filter.ts';
import type { LoadedBodies } from './paragraph-entity-sets.ts';
import { paragraphEntitySets } from './paragraph-entity-sets.ts';

/** Per entity (by position in `index.entities`): what it would match under the current filter. */
export interface FacetCounts {
  paragraphs: number[];
  stories: number[];
}

/**
 * Facet counts that follow the filter: for each entity, the paragraphs (and stories) that name it and
 * would pass the filter were it selected too. With `match=all` that is the current results naming it;
 * with `match=any`, every paragraph naming it that no exclusion hides. Excluded entities count 0.
 */
export function facetCounts(index: CorpusIndex, filter: EntityFilter, bodies?: LoadedBodies): FacetCounts {
  const compiled = compileFilter(index, filter);
  const paragraphs = index.entities.map(() => 0);
  const stories = index.entities.map(() => 0);
  for (const story of index.stories) {
    const inStory = new Set<number>();
    for (const set of paragraphEntitySets(index, story, filter.includeDemonyms, bodies?.get(story.id))) {
      // any: selecting an entity it names makes "some included entity" true, so only exclusions matter
      const passes =
        compiled.match === 'any'
          ? paragraphPasses(set, { ...compiled, include: [] })
          : paragraphPasses(set, compiled);
      if (!passes) continue;
      for (const e of set) {
        paragraphs[e] = (paragraphs[e] ?? 0) + 1;
        inStory.add(e);
      }
    }
    for (const e of inStory) stories[e] = (stories[e] ?? 0) + 1;
  }
  return { paragraphs, stories };
}
