import type { CorpusIndex, StoryBody, StorySummary } from '../schema.ts';
import { demonymRanges } from './demonym-ranges.ts';

/** Bodies loaded so far, by story id; stories without a body are filtered by their names only. */
export type LoadedBodies = ReadonlyMap<string, StoryBody>;

/** Text of each body paragraph by id. */
function paragraphTexts(body: StoryBody): Map<string, string> {
  return new Map(body.story.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.text] as const)));
}

/**
 * The entities each body paragraph of a story names, by position (as `paragraphEntities`); with
 * `includeDemonyms` and the body loaded, a place also counts where a demonym of it is used ("Russian" → Russia).
 */
export function paragraphEntitySets(
  index: CorpusIndex,
  story: StorySummary,
  includeDemonyms: boolean,
  body: StoryBody | undefined,
): ReadonlySet<number>[] {
  const sets = story.paragraphEntities.map((ids) => new Set(ids));
  if (!includeDemonyms || !body) return sets;
  const places = index.entities.flatMap((e, i) => (e.type === 'place' && e.demonyms.length > 0 ? [i] : []));
  const texts = paragraphTexts(body);
  story.paragraphIds.forEach((id, position) => {
    const text = texts.get(id);
    const set = sets[position];
    if (text === undefined || !set) return;
    for (const i of places) {
      const entity = index.entities[i];
      if (entity && demonymRanges(text, entity.demonyms).length > 0) set.add(i);
    }
  });
  return sets;
}
