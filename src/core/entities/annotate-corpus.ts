import type { Corpus, ParsedDocument } from '../schema.ts';

/**
 * Finds and merges the entities of parsed documents, returning them with mentions.
 * TRANSITIONAL first cut (no recognition yet); the entities owner replaces it.
 */
export function annotateCorpus(documents: readonly ParsedDocument[]): Corpus {
  return {
    documents: documents.map((d) => ({
      ...d,
      stories: d.stories.map((s) => ({
        ...s,
        titleMentions: [],
        sections: s.sections.map((sec) => ({
          ...sec,
          headingMentions: [],
          paragraphs: sec.paragraphs.map((p) => ({ ...p, mentions: [] })),
        })),
      })),
    })),
    entities: [],
  };
}
