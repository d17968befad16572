import type { CorpusIndex, StorySummary } from '../../../src/core/schema.ts';
import { fixtureIndex } from '../../app/fixture-corpus.ts';

/**
 * A corpus of `digests` digests of `perDigest` stories each, every story a renamed copy of the fixture's
 * first one: enough stories for several pages of the list and digests for a bounded outline.
 */
export function manyStoriesIndex(digests: number, perDigest: number): CorpusIndex {
  const model = fixtureIndex.stories[0]!;
  const stories: StorySummary[] = [];
  const documents = Array.from({ length: digests }, (_, d) => {
    const id = `digest-${d + 1}`;
    const storyIds = Array.from({ length: perDigest }, (_, s) => {
      const story = {
        ...model,
        id: `d${d + 1}-s${s + 1}`,
        documentId: id,
        title: `Digest ${d + 1} story ${s + 1}`,
      };
      stories.push(story);
      return story.id;
    });
    return { id, source: `seeds/digest-${d + 1}.txt`, storyIds, boilerplate: [], warnings: [] };
  });
  return { ...fixtureIndex, documents, stories };
}
