/** What a search document is: a story's headline, one of its sub-headings, or a body paragraph. */
export type SearchTarget =
  | { kind: 'title'; storyId: string }
  | { kind: 'heading'; storyId: string; sectionId: string }
  | { kind: 'paragraph'; storyId: string; paragraphId: string };

// Story ids are slugs (never "/"), paragraph ids are `p-<line>` and section ids slugs (never "#"), so
// "azovstal/p-12", "azovstal/#lead" and "azovstal/" cannot be confused.
const HEADING = '#';

/** The id of a search document: `story/p-12` (paragraph), `story/#section` (sub-heading), `story/` (headline). */
export function searchDocId(target: SearchTarget): string {
  switch (target.kind) {
    case 'title':
      return `${target.storyId}/`;
    case 'heading':
      return `${target.storyId}/${HEADING}${target.sectionId}`;
    case 'paragraph':
      return `${target.storyId}/${target.paragraphId}`;
  }
}

/** Reads a search document id back; null when it is not one. */
export function parseSearchDocId(id: string): SearchTarget | null {
  const slash = id.indexOf('/');
  if (slash <= 0) return null;
  const storyId = id.slice(0, slash);
  const rest = id.slice(slash + 1);
  if (rest === '') return { kind: 'title', storyId };
  if (rest.startsWith(HEADING)) {
    const sectionId = rest.slice(HEADING.length);
    return sectionId ? { kind: 'heading', storyId, sectionId } : null;
  }
  return { kind: 'paragraph', storyId, paragraphId: rest };
}
