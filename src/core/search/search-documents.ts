import type { CorpusIndex, StoryBody } from '../schema.ts';
import { searchDocId } from './search-doc-id.ts';

/** One document of the search index: exactly one of its fields is set. */
export interface SearchDocument {
  id: string;
  text?: string;
  title?: string;
  heading?: string;
}

/**
 * The documents to index for a corpus: each story's headline, each sub-heading and each body paragraph on
 * its own, so a hit names the paragraph it is in and a headline word is not counted once per paragraph.
 * Ids are positions in `index` (stories, sections, `paragraphIds`); a body the index lacks is left out.
 */
export function searchDocuments(index: CorpusIndex, bodies: readonly StoryBody[]): SearchDocument[] {
  const storyAt = new Map(index.stories.map((s, i) => [s.id, i]));
  const documents: SearchDocument[] = [];
  for (const { story } of bodies) {
    const at = storyAt.get(story.id);
    if (at === undefined) continue;
    documents.push({ id: searchDocId({ kind: 'title', story: at }), title: story.title });
    let position = 0;
    story.sections.forEach((section, s) => {
      if (section.heading !== null) {
        documents.push({
          id: searchDocId({ kind: 'heading', story: at, section: s }),
          heading: section.heading,
        });
      }
      for (const paragraph of section.paragraphs) {
        const id = searchDocId({ kind: 'paragraph', story: at, position: position++ });
        documents.push({ id, text: paragraph.text });
      }
    });
  }
  return documents;
}
