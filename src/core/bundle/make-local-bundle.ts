import type { Corpus } from '../schema.ts';
import { localChunk } from './local-ids.ts';
import { makeCorpusBundle, type CorpusBundle } from './make-corpus-bundle.ts';

/**
 * Bundles a corpus read in the browser under its own namespace: the document becomes `documentId`, every story
 * `<documentId>--<slug>`, every chunk `local:<documentId>/<storyId>`, so nothing collides with the built
 * corpus. Entity ids are kept: `place:kyiv` here is `place:kyiv` there, and the two merge.
 */
export function makeLocalBundle(corpus: Corpus, documentId: string): CorpusBundle {
  const documents = corpus.documents.map((document) => ({
    ...document,
    id: documentId,
    stories: document.stories.map((story) => ({ ...story, id: `${documentId}--${story.id}` })),
  }));
  const bundle = makeCorpusBundle({ documents, entities: corpus.entities });
  return {
    index: {
      ...bundle.index,
      stories: bundle.index.stories.map((story) => ({ ...story, chunk: localChunk(documentId, story.id) })),
    },
    bodies: bundle.bodies,
  };
}
