import type { CorpusBundle } from '../bundle/make-corpus-bundle.ts';

/**
 * A bundle kept in a browser before quotes were read (IndexedDB outlives builds): paragraphs without `quotes`
 * get none and stories without `speakers` none, so an old digest still opens. Read them again for their quotes.
 */
export function withQuoteFields(bundle: CorpusBundle): CorpusBundle {
  // the stored JSON may predate the fields its type promises
  const loose = bundle as {
    index: { stories: { speakers?: unknown }[] };
    bodies: { story: { sections: { paragraphs: { quotes?: unknown }[] }[] } }[];
  };
  const complete =
    loose.index.stories.every((s) => Array.isArray(s.speakers)) &&
    loose.bodies.every((b) =>
      b.story.sections.every((sec) => sec.paragraphs.every((p) => Array.isArray(p.quotes))),
    );
  if (complete) return bundle;
  return {
    index: {
      ...bundle.index,
      stories: bundle.index.stories.map((s) => ({
        ...s,
        speakers: Array.isArray(s.speakers) ? s.speakers : [],
      })),
    },
    bodies: bundle.bodies.map((b) => ({
      ...b,
      story: {
        ...b.story,
        sections: b.story.sections.map((sec) => ({
          ...sec,
          paragraphs: sec.paragraphs.map((p) => ({ ...p, quotes: Array.isArray(p.quotes) ? p.quotes : [] })),
        })),
      },
    })),
  };
}
