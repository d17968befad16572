import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../src/core/cite/format-citation.ts';
import { csvCell, exportCsv } from '../../../src/core/export/export-csv.ts';
import type { ViewExport } from '../../../src/core/export/view-export.ts';
import { quotePieces } from '../../../src/core/quotes/quote-pieces.ts';
import { storySpeakers } from '../../../src/core/quotes/story-speakers.ts';
import type { Paragraph, Quote } from '../../../src/core/schema.ts';

const quote = (start: number, end: number, entityId: string | null, text = 'x'): Quote => ({
  start,
  end,
  speaker: { entityId, text },
  rule: 'test',
});
const paragraph = (id: string, text: string, quotes: Quote[] = []): Paragraph => ({
  id,
  line: Number(id.slice(2)),
  text,
  mentions: [],
  quotes,
});

describe('quotePieces', () => {
  it('cuts at quotes, gives the text back and shifts mentions into their piece', () => {
    const p = {
      ...paragraph('p-3', 'Azarov said the groups took part.', [quote(12, 32, 'person:azarov')]),
      mentions: [
        { start: 0, end: 6, entityId: 'person:azarov', rule: 't' },
        { start: 16, end: 22, entityId: 'org:groups', rule: 't' },
      ],
    };
    const pieces = quotePieces(p);
    expect(pieces.map((x) => p.text.slice(x.start, x.end)).join('')).toBe(p.text);
    expect(pieces.map((x) => [x.quote !== null, x.mentions.map((m) => [m.start, m.end])])).toEqual([
      [false, [[0, 6]]],
      [true, [[4, 10]]],
      [false, []],
    ]);
  });
  it('leaves an overlapping or out-of-range quote as plain text', () => {
    const p = paragraph('p-3', 'one two three', [quote(0, 7, null), quote(4, 9, null), quote(5, 99, null)]);
    expect(quotePieces(p).filter((x) => x.quote).length).toBe(1);
  });
});

describe('storySpeakers', () => {
  it('lists named speakers once with their paragraphs; an unnamed speaker is not one', () => {
    expect(
      storySpeakers([
        paragraph('p-3', 'aaaa bbbb', [quote(0, 4, 'person:a'), quote(5, 9, 'person:a')]),
        paragraph('p-5', 'aaaa', [quote(0, 4, null)]),
        paragraph('p-7', 'aaaa', [quote(0, 4, 'person:a')]),
      ]),
    ).toEqual([{ entityId: 'person:a', paragraphIds: ['p-3', 'p-7'] }]);
  });
});

describe('formatCitation', () => {
  it.each<[string | null, string]>([
    [null, '“Azovstal”, lead section, 000_a.txt, line 5. https://x/story/a#p-5'],
    ['strategic goal', '“Azovstal”, section “strategic goal”, 000_a.txt, line 5. https://x/story/a#p-5'],
  ])('section %s', (section, expected) => {
    expect(
      formatCitation({
        digest: 'seeds/000_a.txt',
        story: 'Azovstal',
        section,
        line: 5,
        url: 'https://x/story/a#p-5',
      }),
    ).toBe(expected);
  });
});

describe('CSV', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1 dead', "'-1 dead"],
    [-5, '-5'],
    [null, ''],
  ])('cell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
  it('puts every table under one header, a row per item', () => {
    const view: ViewExport = {
      filter: '',
      entities: [{ id: 'person:a', type: 'person', name: 'A', filtered: true, paragraphs: 2 }],
      paragraphs: [{ story: 'S', storyId: 's', section: 'lead', line: 3, link: 'https://x/#p-3', text: 'T' }],
      quotes: [{ speaker: 'A', speakerId: 'person:a', statement: 'it, is', story: 'S', line: 3, link: 'L' }],
      money: [{ amount: 5, currency: 'EUR', asWritten: '€5', story: 'S', line: 3, link: 'L' }],
      timeline: [{ date: '2014', asWritten: '2014', story: 'S', line: 3, link: 'L' }],
    };
    expect(exportCsv(view).split('\r\n')).toEqual([
      'table,name,type,count,amount,currency,date,text,story,line,link',
      'entity,A,person,2,,,,filtered,,,',
      'paragraph,,,,,,,T,S,3,https://x/#p-3',
      'quote,A,person:a,,,,,"it, is",S,3,L',
      'money,,,,5,EUR,,€5,S,3,L',
      'date,,,,,,2014,2014,S,3,L',
      '',
    ]);
  });
});

describe('withQuoteFields', () => {
  it('gives a bundle kept before quotes empty quotes and speakers, and leaves a complete one as it is', async () => {
    const { withQuoteFields } = await import('../../../src/core/quotes/with-quote-fields.ts');
    const old = JSON.parse(
      '{"index":{"version":"v","documents":[],"entities":[],"stories":[{"id":"s"}]},"bodies":[{"id":"s","story":{"sections":[{"paragraphs":[{"id":"p-3"}]}]}}]}',
    ) as Parameters<typeof withQuoteFields>[0];
    const fixed = withQuoteFields(old);
    expect(fixed.index.stories[0]?.speakers).toEqual([]);
    expect(fixed.bodies[0]?.story.sections[0]?.paragraphs[0]?.quotes).toEqual([]);
    expect(withQuoteFields(fixed)).toBe(fixed);
  });
});
