import type { Document, Entity, EntityType, Paragraph } from '../schema.ts';
import { quotesOfStory } from './quotes-of-story.ts';
import { withFields } from '../object/with-fields.ts';

/** Documents with each paragraph's quotes found, speakers read from its mentions and the entities' types. */
export function addQuotes(documents: readonly Document[], entities: readonly Entity[]): Document[] {
  const types = new Map<string, EntityType>(entities.map((e) => [e.id, e.type]));
  const typeOf = (id: string) => types.get(id);
  // withFields, not spreads: a spread copy that adds a field is about three times the size, per paragraph
  return documents.map((d) =>
    withFields(d, {
      stories: d.stories.map((s) => {
        const paragraphs = s.sections.flatMap((sec) => sec.paragraphs);
        const quotes = quotesOfStory(paragraphs.map((p) => ({ text: p.text, mentions: p.mentions, typeOf })));
        // a story or section where no quote is found, and none was, is kept as it is: copying a million sections
        // without quotes doubled the corpus for a moment
        const same = (p: Paragraph, i: number): boolean => p.quotes.length === 0 && quotes[i]?.length === 0;
        if (paragraphs.every(same)) return s;
        let next = 0;
        return withFields(s, {
          sections: s.sections.map((sec) => {
            const from = next;
            next += sec.paragraphs.length;
            if (sec.paragraphs.every((p, i) => same(p, from + i))) return sec;
            return withFields(sec, {
              paragraphs: sec.paragraphs.map((p, i) => withFields(p, { quotes: quotes[from + i] ?? [] })),
            });
          }),
        });
      }),
    }),
  );
}
