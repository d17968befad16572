import type { StoryBody } from '../schema.ts';
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
 */
export function searchDocuments(bodies: readonly StoryBody[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const { story } of bodies) {
    documents.push({ id: searchDocId({ kind: 'title', storyId: story.id }), title: story.title });
    for (const section of story.sections) {
      if (section.heading !== null) {
        const id = searchDocId({ kind: 'heading', storyId: story.id, sectionId: section.id });
        documents.push({ id, heading: section.heading });
      }
      for (const paragraph of section.paragraphs) {
        const id = searchDocId({ kind: 'paragraph', storyId: story.id, paragraphId: paragraph.id });
        documents.push({ id, text: paragraph.text });
      }
    }
  }
  return documents;
}
