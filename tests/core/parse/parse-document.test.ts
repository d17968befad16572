import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import type { ParsedDocument } from '../../../src/core/schema.ts';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';

const parse = (text: string): ParsedDocument => parseDocument(text, { source: 'digests/Week 12.txt' });

/** Every line the reading holds, in reading order: headlines, headings, each line of each paragraph. */
function readingLines(doc: ParsedDocument): { line: number; text: string }[] {
  return doc.stories.flatMap((story) => [
    { line: story.line, text: story.title },
    ...story.sections.flatMap((section) => [
      ...(section.heading === null ? [] : [{ line: section.line, text: section.heading }]),
      ...section.paragraphs.flatMap((p) => p.text.split('\n').map((text, k) => ({ line: p.line + k, text }))),
    ]),
  ]);
}

/** Checks that every non-blank, non-boilerplate line is read exactly once, in source order, with its text. */
function expectNothingLost(text: string, doc: ParsedDocument): void {
  const source = normalizeText(text).split('\n');
  const dropped = new Set(doc.boilerplate.map((b) => b.line));
  const expected = source.flatMap((l, i) => (l.trim() !== '' && !dropped.has(i + 1) ? [i + 1] : []));
  const read = readingLines(doc);
  expect(read.map((r) => r.line)).toEqual(expected);
  for (const r of read) expect(source[r.line - 1]?.trim()).toContain(r.text);
}

describe('parseDocument', () => {
  it('an empty digest has no stories and a warning', () => {
    for (const text of ['', '  \n\t\n\u00a0\n']) {
      const doc = parse(text);
      expect(doc.stories).toEqual([]);
      expect(doc.warnings).toEqual([
        { file: 'digests/Week 12.txt', line: null, message: 'empty digest', severity: 'warning' },
      ]);
    }
  });

  it('takes its id from the file name, or from the options', () => {
    expect(parse('x').id).toBe('week-12');
    expect(parseDocument('x', { source: 'a.txt', id: 'given' }).id).toBe('given');
    expect(parseDocument('x', { source: 'C:\\digests\\b.v2.txt' }).id).toBe('b-v2');
  });

  it.each<[string, string, number]>([
    ['LF', 'a\nb\nc', 3],
    ['final LF', 'a\nb\nc\n', 3],
    ['CRLF', 'a\r\nb\r\nc\r\n', 3],
    ['CR', 'a\rb\rc', 3],
    ['trailing blank line', 'a\n\n', 2],
  ])('counts %s lines as an editor does', (_, text, lineCount) => {
    expect(parse(text).lineCount).toBe(lineCount);
  });

  it('reads CRLF and LF digests alike', () => {
    const lf =
      'Talks resume in Vienna today\n\nDelegations met on Monday.\n\nstrategic goal\nThe goal is a deal.\n';
    expect(parse(lf.replace(/\n/g, '\r\n'))).toEqual(parse(lf));
  });

  it('keeps the paragraph text as in the source', () => {
    const doc = parse(
      'Headline\n\nBerlin sold € 121m (£ 107m) worth of “dual-use” equipment.\nSecond line.\n',
    );
    expect(doc.stories[0]?.sections[0]?.paragraphs).toEqual([
      {
        id: 'p-3',
        line: 3,
        text: 'Berlin sold € 121m (£ 107m) worth of “dual-use” equipment.\nSecond line.',
      },
    ]);
  });

  it('reads a digest made only of headings, without losing any', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Heading number ${i + 1}`).join('\n');
    const doc = parse(text);
    expectNothingLost(text, doc);
    expect(doc.stories[0]?.title).toBe('Heading number 1');
  }, 30_000);

  it('reads 20,000 identical headings in linear time', () => {
    const text = Array.from({ length: 20_000 }, () => 'Same heading').join('\n');
    const started = Date.now();
    const ids = parse(text).stories.flatMap((s) => s.sections.map((section) => section.id));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(new Set(ids).size).toBe(19_999);
    expect(ids.at(-1)).toBe('same-heading-19999');
  }, 30_000);

  it('reads one 5 MB line quickly', () => {
    const text = `Headline\n\n${'Russian forces attacked Mariupol again, officials in Kyiv said. '.repeat(80_000)}`;
    const started = Date.now();
    const doc = parse(text);
    // Linear work takes well under a second; a quadratic step would take minutes. Generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(doc.stories[0]?.sections[0]?.paragraphs[0]?.text).toBe(text.slice(10).trim());
  }, 30_000);

  it.each<[string, string]>([
    ['emoji', '🔥🔥🔥'],
    ['a symbol', '★'],
    ['a bare marker', '###'],
  ])('reads a headline of only %s as a headline, with an id', (_, title) => {
    const text = `${title}\n\nThe army entered the capital on Monday, officials said.\n`;
    const doc = parse(text);
    expectNothingLost(text, doc);
    expect(doc.stories.map((s) => [s.title, s.line])).toEqual([[title, 1]]);
    expect(doc.stories[0]?.id).toMatch(/^[\p{L}\p{N}-]+$/u);
    expect(doc.stories[0]?.sections[0]?.paragraphs.map((p) => p.line)).toEqual([3]);
  });

  const lines = fc.constantFrom(
    'Zelensky’s adviser: Russian forces attempt to storm Azovstal',
    'Will the truce hold in Khartoum?',
    'strategic goal',
    '“Terrorist act”',
    '3 stars',
    '# Talks resume',
    '## the sticking points',
    '#hashtag',
    // no words at all: emoji, symbols, bare markers and dividers must still be read or set aside, never lost
    '🔥🔥🔥',
    '★',
    '⚡️ 🇺🇦',
    '§',
    '#',
    '##',
    '###',
    '* * *',
    'Leave a Comment',
    'Read also: Saudi Arabia hosts new talks',
    // furniture of news sites and what may look like it: bylines, link lists, sentence sub-headings, list items
    'By Marta Oliveira',
    '(Reporting by Ana Lima; Editing by Tom Hale)',
    'Related stories',
    'Ports strike ends after two weeks',
    'The central bank is in no hurry.',
    'The plan includes:',
    '1. free rides for pupils',
    'Court blocks sale of airline stake | Reuters',
    'Al-Madina News: While the world’s eyes are on Mariupol, the adviser said the forces attacked.',
    'Russian President Vladimir Putin has ordered his forces to cancel plans to storm Azovstal.',
    'a wrapped line that runs on',
    'and ends here.',
    'Berlin sold € 121m (£ 107m) of equipment.',
    '',
    '   ',
    '\u00a0',
    '\t',
  );
  const digests = fc
    .array(fc.tuple(lines, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 60 })
    .map((parts) => parts.map(([line, end]) => line + end).join(''));

  it('never throws, on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), digests), (text) => {
        expect(() => parse(text)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('reads every non-blank, non-boilerplate line exactly once, in source order', () => {
    fc.assert(
      fc.property(fc.oneof(digests, fc.string({ unit: 'binary' })), (text) => {
        expectNothingLost(text, parse(text));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('gives unique story ids, unique section ids per story, and paragraph ids from lines', () => {
    fc.assert(
      fc.property(digests, (text) => {
        const doc = parse(text);
        expect(new Set(doc.stories.map((s) => s.id)).size).toBe(doc.stories.length);
        for (const story of doc.stories) {
          expect(new Set(story.sections.map((s) => s.id)).size).toBe(story.sections.length);
          for (const section of story.sections) {
            expect(section.id === 'lead').toBe(section.heading === null);
            for (const p of section.paragraphs) expect(p.id).toBe(`p-${p.line}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
