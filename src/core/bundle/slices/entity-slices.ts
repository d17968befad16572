import type { CorpusIndex, EntityType, IndexSlice } from '../../schema.ts';
import { sliceIndex } from './slice-index.ts';

/**
 * The types a shared filtered link names most (`/?person=…`, `/story/…?place=…`) get a file each; a link
 * naming another type loads the whole index. Every slice repeats the summaries of its stories, so a type
 * whose entities each fill hundreds of stories (organizations, quantities at 1000× the seed) would cost
 * more disk than its links save.
 */
export const ENTITY_SLICE_TYPES: readonly EntityType[] = ['person', 'place'];

/**
 * Above this many stories an entity's slice (~520 bytes gzip a story with its digest and entities: 115 KB for
 * a place in 222 stories at 1000× the seed, 159 KB at 300, which took its link past 300 KB with the app's
 * scripts) loads the whole index instead. Every slice repeats its stories' summaries: at 1000× the seed, 1,659
 * slices are 82 MB on disk.
 */
export const ENTITY_SLICE_MAX_STORIES = 250;

/**
 * Per entity of `ENTITY_SLICE_TYPES`, the slice a link filtering by it alone renders from: every story with
 * a body paragraph naming it (what the filter keeps; headlines and sub-headings do not count), with their
 * digests and entities. Narrowed and counted by the filter, it gives the same stories and facet counts as
 * the whole index, where every other story is hidden and every other entity counts 0.
 */
export function entitySlices(index: CorpusIndex): Map<string, IndexSlice> {
  const storiesOf = new Map<number, Set<string>>();
  for (const story of index.stories) {
    for (const paragraph of story.paragraphEntities) {
      for (const e of paragraph) {
        const ids = storiesOf.get(e) ?? new Set<string>();
        ids.add(story.id);
        storiesOf.set(e, ids);
      }
    }
  }
  const slices = new Map<string, IndexSlice>();
  index.entities.forEach((entity, e) => {
    const ids = storiesOf.get(e);
    if (!ids || ids.size > ENTITY_SLICE_MAX_STORIES || !ENTITY_SLICE_TYPES.includes(entity.type)) return;
    slices.set(entity.id, sliceIndex(index, ids));
  });
  return slices;
}
