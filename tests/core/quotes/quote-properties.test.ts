import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { documentOf } from '../entities/annotate-text.ts';

const words = [
  'said',
  'told',
  'that',
  'He',
  'Putin',
  'the',
  'minister',
  ',',
  '.',
  '“',
  '”',
  '"',
  'added',
  'according',
  'to',
  'Azarov',
  'saying',
  'who',
  'and',
  'report',
];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 30 })
  .map((w) => w.join(' '));

describe('quotes', () => {
  it('lie inside their paragraph, in order, without overlapping', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const corpus = annotateCorpus([documentOf('p', paragraphs)]);
        for (const p of corpus.documents.flatMap((d) =>
          d.stories.flatMap((s) => s.sections.flatMap((x) => x.paragraphs)),
        )) {
          let last = 0;
          for (const q of p.quotes) {
            expect(q.start).toBeGreaterThanOrEqual(last);
            expect(q.end).toBeGreaterThan(q.start);
            expect(q.end).toBeLessThanOrEqual(p.text.length);
            expect(q.speaker.text.length).toBeGreaterThan(0);
            last = q.end;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
