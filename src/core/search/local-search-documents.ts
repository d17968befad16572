import type { StoryBody } from '../schema.ts';
import type { SearchDocument } from './search-documents.ts';

/** Separates a local story's id from the rest of a local search document id (`<story id>@.a`). */
export const LOCAL_DOC_MARK = '@';

/**
 * The search documents of stories read in this browser. Unlike the built index's, their ids name the story by
 * id, not by position: the merged corpus index (where positions come from) is assembled on the main thread and
 * may list the digests in another order or leave one out, so `resolveSearchHits` turns them into positional ids
 * against the index the results are shown with. `<story id>@` is the headline, `@#2` the third section's
 * sub-heading, `@.a` the eleventh paragraph (base 36, as `searchDocId`).
 */
export function localSearchDocuments(bodies: readonly StoryBody[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const { story } of bodies) {
    const id = (rest: string) => `${story.id}${LOCAL_DOC_MARK}${rest}`;
    documents.push({ id: id(''), title: story.title });
    let position = 0;
    story.sections.forEach((section, s) => {
      if (section.heading !== null)
        documents.push({ id: id(`#${s.toString(36)}`), heading: section.heading });
      for (const paragraph of section.paragraphs) {
        documents.push({ id: id(`.${(position++).toString(36)}`), text: paragraph.text });
      }
    });
  }
  return documents;
}
