import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { expectMentionsInBounds, expectNothingLost } from './nothing-lost.ts';

/**
 * Hostile digests of kinds the fixtures did not have, each a small version of what the README's "Bad input" table
 * measured through the CLI: every one is read without a throw, with every line kept (in the reading or set aside as
 * boilerplate) and every mention in bounds.
 */
const INPUTS: readonly [string, string][] = [
  ['only page furniture', 'Leave a Comment\nShare this:\nRelated\n\n'.repeat(500)],
  ['10,000 headings with the same text', 'Same heading\n\n'.repeat(10_000)],
  ['a 100 KB heading', `# ${'Heading '.repeat(12_800)}\n\nBody text here.\n`],
  [
    'lines of 3,000 combining marks',
    `Zalgo headline\n\n${`Z${'\u0301\u0336\u0489'.repeat(1000)} text.\n`.repeat(20)}`,
  ],
  ['a digest that is one 200 KB URL', `https://example.com/${'a/'.repeat(100_000)}\n`],
  ['a run of 100,000 opening quotes', `Quotes headline\n\n${'“'.repeat(100_000)} said Anna.\n`],
  ['100,000 separator lines', '-\n'.repeat(100_000)],
  [
    'tabs and form feeds',
    'A\theadline\fwith tabs\n\n\f\tBody\ttext with a form\ffeed.\n\f\n\tMore\t\t\ttext.\n',
  ],
  [
    'right-to-left and left-to-right marks at line starts',
    '\u200fعنوان الخبر\n\n\u200f\u202bنص الفقرة.\u202c\n\n\u200eLeft mark line.\n',
  ],
  ['no final line break', 'Headline\n\nLast paragraph without a line break.'],
  ['nothing at all', ''],
];

describe('hostile digests of new kinds go through parse and extraction', () => {
  it.each(INPUTS)(
    '%s',
    (_name, text) => {
      const corpus = buildCorpus([{ source: 'hostile.txt', text }]);
      const document = corpus.documents[0];
      expect(document).toBeDefined();
      if (!document) return;
      expectNothingLost(text, document.stories, document.boilerplate);
      expectMentionsInBounds(document.stories, new Set(corpus.entities.map((e) => e.id)));
    },
    // well under a second each on a quiet machine; a loaded 2-core machine takes several times that
    60_000,
  );

  it('gives 10,000 headings with the same text 10,000 different ids', () => {
    const corpus = buildCorpus([{ source: 'same.txt', text: 'Same heading\n\n'.repeat(10_000) }]);
    const ids = (corpus.documents[0]?.stories ?? []).flatMap((s) => [
      s.id,
      ...s.sections.map((sec) => sec.id),
    ]);
    expect(ids).toHaveLength(10_000);
    // a story's sections and the stories each have their own ids; none repeats within its set
    const stories = corpus.documents[0]?.stories ?? [];
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
    for (const s of stories) expect(new Set(s.sections.map((sec) => sec.id)).size).toBe(s.sections.length);
  });
});
