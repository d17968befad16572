import type { ParsedDocument } from '../schema.ts';
import { uniqueSlug } from '../text/unique-slug.ts';

/**
 * Makes story ids unique across a corpus, stably: documents are taken in path order; the first to use a slug keeps
 * it, a later document's duplicate becomes `<slug>--<document id>` (then `-2`, `-3` … if even that is taken), so
 * adding a digest never renames the stories of those before it in path order. Returns new documents.
 */
export function makeStoryIdsUnique(docs: readonly ParsedDocument[]): ParsedDocument[] {
  const order = docs
    .map((doc, index) => ({ doc, index }))
    .sort((a, b) => (a.doc.source < b.doc.source ? -1 : a.doc.source > b.doc.source ? 1 : a.index - b.index));
  const taken = new Set<string>();
  const renamed = new Map<number, ParsedDocument>();
  for (const { doc, index } of order) {
    const stories = doc.stories.map((story) => {
      const id = taken.has(story.id)
        ? uniqueSlug(`${story.id}--${doc.id}`, taken)
        : uniqueSlug(story.id, taken);
      return id === story.id ? story : { ...story, id };
    });
    renamed.set(index, { ...doc, stories });
  }
  return docs.map((doc, index) => renamed.get(index) ?? doc);
}
