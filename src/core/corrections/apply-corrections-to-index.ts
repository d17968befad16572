import type { CorpusIndex, StoryBody } from '../schema.ts';
import type { Correction } from './correction.ts';
import { correctEntities } from './correct-entities.ts';
import { correctMentions, correctStory } from './correct-story.ts';
import { resolveCorrections } from './resolve-corrections.ts';

/**
 * The browser's side of `applyCorrections`: the same corrections over a loaded index, with paragraph entity
 * numbers and story counts worked out again against the corrected entity list.
 */
export function applyCorrectionsToIndex(index: CorpusIndex, corrections: readonly Correction[]): CorpusIndex {
  if (corrections.length === 0) return index;
  const plan = resolveCorrections(corrections);
  const corrected = correctEntities(index.entities, plan);
  const position = new Map(corrected.map((entity, i) => [entity.id, i]));
  const renumber = index.entities.map((entity) => {
    const id = plan.resolve(entity.id);
    return id === null ? undefined : position.get(id);
  });
  const storyCounts = new Array<number>(corrected.length).fill(0);
  const stories = index.stories.map((story) => {
    const titleMentions = correctMentions(story.titleMentions, plan);
    const sections = story.sections.map((s) => ({
      ...s,
      headingMentions: correctMentions(s.headingMentions, plan),
    }));
    const paragraphEntities = story.paragraphEntities.map((indexes) =>
      [...new Set(indexes.map((i) => renumber[i]).filter((i): i is number => i !== undefined))].sort(
        (a, b) => a - b,
      ),
    );
    const mentioned = new Set(paragraphEntities.flat());
    for (const m of [...titleMentions, ...sections.flatMap((s) => s.headingMentions)]) {
      const at = position.get(m.entityId);
      if (at !== undefined) mentioned.add(at);
    }
    for (const i of mentioned) storyCounts[i] = (storyCounts[i] ?? 0) + 1;
    return { ...story, titleMentions, sections, paragraphEntities };
  });
  const entities = corrected.map((entity, i) => ({ ...entity, storyCount: storyCounts[i] ?? 0 }));
  return { ...index, stories, entities };
}

/** A loaded story body with the corrections applied to its mentions. */
export function applyCorrectionsToBody(body: StoryBody, corrections: readonly Correction[]): StoryBody {
  if (corrections.length === 0) return body;
  return { ...body, story: correctStory(body.story, resolveCorrections(corrections)) };
}
