import type { Corpus } from '../schema.ts';
import type { Correction } from './correction.ts';
import { correctEntities } from './correct-entities.ts';
import { correctStory } from './correct-story.ts';
import { resolveCorrections } from './resolve-corrections.ts';

/**
 * A corpus with readers' corrections applied: renamed entities keep their ids, a retyped one gets the new type's
 * prefix, merged ones' mentions name the survivor, hidden ones and their mentions are gone.
 */
export function applyCorrections(corpus: Corpus, corrections: readonly Correction[]): Corpus {
  if (corrections.length === 0) return corpus;
  const plan = resolveCorrections(corrections);
  return {
    documents: corpus.documents.map((document) => ({
      ...document,
      stories: document.stories.map((story) => correctStory(story, plan)),
    })),
    entities: correctEntities(corpus.entities, plan),
  };
}
