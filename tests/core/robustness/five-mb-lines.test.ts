import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { expectMentionsInBounds } from './nothing-lost.ts';

/**
 * One 5 MB line whose every word a stage turns into a record: each stage of the extractor (tokenize, gazetteer,
 * context rules, values, merge, link) and the parser see hundreds of thousands of items in one paragraph. A
 * `push(...items)` anywhere on the way ended the CLI with "Maximum call stack size exceeded" (the names line, at
 * 07-link-mentions). The opening sentence names someone, so the rest of the line is linked to them too.
 */
const LINES: readonly [string, string][] = [
  ['names and initials', 'Alpha Bravo Mr. St. J. '],
  ['money amounts', '$1,250 and €3.5 million, £12bn. '],
  ['dates', '24 February 2022, March 3 and 1 May. '],
];
const OPENING = 'Mr. Alpha Bravo said. Alpha Bravo is in Paris. ';
const CHARS = 5_000_000;

describe('a 5 MB line goes through the parser and every extraction stage', () => {
  it.each(LINES)(
    'of %s',
    (_name, unit) => {
      const line = OPENING + unit.repeat(Math.ceil(CHARS / unit.length));
      const corpus = buildCorpus([{ source: 'five-mb.txt', text: `A headline\n\n${line}\n` }]);
      const stories = corpus.documents[0]?.stories ?? [];
      const paragraphs = stories.flatMap((s) => s.sections.flatMap((sec) => sec.paragraphs));
      expect(paragraphs.map((p) => p.text.length)).toEqual([line.trim().length]);
      // a stack overflow is what failed; that the extractor found something shows every stage ran
      expect(paragraphs[0]?.mentions.length ?? 0).toBeGreaterThan(100_000);
      expectMentionsInBounds(stories, new Set(corpus.entities.map((e) => e.id)));
    },
    // 3 to 5 s each on a quiet machine; a loaded 2-core machine takes several times that
    120_000,
  );
});
