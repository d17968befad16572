import type { Corpus, ParsedDocument } from '../../../src/core/schema.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';

/** A one-story document whose paragraphs are `paragraphs`, as the parser would give it. */
export function documentOf(id: string, paragraphs: readonly string[], title = 'A headline'): ParsedDocument {
  return {
    id,
    source: `${id}.txt`,
    stories: [
      {
        id: `${id}-story`,
        title,
        line: 1,
        source: null,
        sections: [
          {
            id: 'lead',
            heading: null,
            line: 3,
            paragraphs: paragraphs.map((text, i) => ({ id: `p-${3 + 2 * i}`, line: 3 + 2 * i, text })),
          },
        ],
      },
    ],
    boilerplate: [],
    warnings: [],
    lineCount: 3 + 2 * paragraphs.length,
  };
}

/** "surface→entity name/rule" for each name mention (people, places, organizations) of each paragraph. */
export function linked(corpus: Corpus): string[] {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  return corpus.documents.flatMap((d) =>
    d.stories.flatMap((s) =>
      s.sections.flatMap((sec) =>
        sec.paragraphs.flatMap((p) =>
          p.mentions
            .filter((m) => ['person', 'place', 'organization'].includes(byId.get(m.entityId)?.type ?? ''))
            .map((m) => `${p.text.slice(m.start, m.end)}→${byId.get(m.entityId)?.name ?? '?'}/${m.rule}`),
        ),
      ),
    ),
  );
}

/** Annotates one document of these paragraphs and lists its name mentions. */
export function annotateParagraphs(paragraphs: readonly string[]): string[] {
  return linked(annotateCorpus([documentOf('t', paragraphs)]));
}
