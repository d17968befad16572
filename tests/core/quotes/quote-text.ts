import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { documentOf } from '../entities/annotate-text.ts';

/** "speaker: statement" for each quote of each paragraph, the speaker an entity's name or "~words". */
export function quotesOf(paragraphs: readonly string[]): string[] {
  const corpus = annotateCorpus([documentOf('t', paragraphs)]);
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  return corpus.documents.flatMap((d) =>
    d.stories.flatMap((s) =>
      s.sections.flatMap((sec) =>
        sec.paragraphs.flatMap((p) =>
          p.quotes.map((q) => {
            const who = q.speaker.entityId ? (names.get(q.speaker.entityId) ?? '?') : `~${q.speaker.text}`;
            return `${who}: ${p.text.slice(q.start, q.end)}`;
          }),
        ),
      ),
    ),
  );
}
