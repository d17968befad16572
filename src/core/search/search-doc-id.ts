/**
 * What a search document is, by position in the `CorpusIndex` it was built with (the same build, the same
 * version): a story's headline, one of its sub-headings, or a body paragraph (its place in `paragraphIds`).
 */
export type SearchTarget =
  | { kind: 'title'; story: number }
  | { kind: 'heading'; story: number; section: number }
  | { kind: 'paragraph'; story: number; position: number };

const ID = /^([0-9a-z]+)(?:([.#])([0-9a-z]+))?$/;

/**
 * The id of a search document, short because the index stores one per document (40,000 at 1000× the seed;
 * slug ids were 29 % of the index): `1k` headline of story 56, `1k#2` its third section's sub-heading,
 * `1k.a` its eleventh paragraph (base 36).
 */
export function searchDocId(target: SearchTarget): string {
  const story = target.story.toString(36);
  switch (target.kind) {
    case 'title':
      return story;
    case 'heading':
      return `${story}#${target.section.toString(36)}`;
    case 'paragraph':
      return `${story}.${target.position.toString(36)}`;
  }
}

/** Reads a search document id back; null when it is not one. */
export function parseSearchDocId(id: string): SearchTarget | null {
  const match = ID.exec(id);
  if (!match?.[1]) return null;
  const story = parseInt(match[1], 36);
  if (!match[2] || !match[3]) return { kind: 'title', story };
  const n = parseInt(match[3], 36);
  return match[2] === '#'
    ? { kind: 'heading', story, section: n }
    : { kind: 'paragraph', story, position: n };
}
