import { describe, expect, it } from 'vitest';
import { coMentions } from '../../../src/core/query/co-mentions.ts';
import { demonymRanges } from '../../../src/core/query/demonym-ranges.ts';
import { entityMentions } from '../../../src/core/query/entity-mentions.ts';
import { keywordInContext } from '../../../src/core/query/keyword-in-context.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from './fixture-corpus.ts';

describe('demonymRanges', () => {
  it.each<[string, string[], [number, number][]]>([
    ['Russian forces', ['Russian', 'Russians'], [[0, 7]]],
    ['the Russians said', ['Russian', 'Russians'], [[4, 12]]],
    ['Prussian army', ['Russian'], []],
    ['Russianness', ['Russian'], []],
    [
      '“Russian” and Russian.',
      ['Russian'],
      [
        [1, 8],
        [14, 21],
      ],
    ],
    ['russian in lower case', ['Russian'], []],
    ['anything', [], []],
    ['Côte d’Ivoire? Ivorian.', ['Ivorian'], [[15, 22]]],
  ])('%s', (text, demonyms, expected) => {
    expect(demonymRanges(text, demonyms)).toEqual(expected);
  });
});

describe('keywordInContext', () => {
  const text =
    'Putin also instructed his defense minister, Sergei Shoigu, who had earlier told Putin the news.';
  it.each<[string, number, number, number, string]>([
    [
      'whole text when short',
      44,
      57,
      200,
      'Putin also instructed his defense minister, [Sergei Shoigu], who had earlier told Putin the news.',
    ],
    ['cut at word boundaries', 44, 57, 15, '…minister, [Sergei Shoigu], who had…'],
    ['at the start', 0, 5, 10, '[Putin] also…'],
    ['at the end', 80, 85, 10, '…told [Putin] the news.'],
  ])('%s', (_label, start, end, width, expected) => {
    const k = keywordInContext(text, { start, end }, width);
    expect(`${k.cutBefore ? '…' : ''}${k.before}[${k.keyword}]${k.after}${k.cutAfter ? '…' : ''}`).toBe(
      expected,
    );
  });
});

describe('coMentions', () => {
  it.each<[string, [string, number][]]>([
    [
      'place:mariupol',
      [
        ['Azovstal', 2],
        ['February 24', 1],
        ['Oleksiy Aristovich', 1],
        ['Ukraine', 1],
      ],
    ],
    [
      'person:vladimir-putin',
      [
        ['Azovstal', 1],
        ['Sergei Shoigu', 1],
      ],
    ],
    ['place:nowhere', []],
  ])('%s', (id, expected) => {
    expect(coMentions(FIXTURE_INDEX, id).map((c) => [c.entity.name, c.paragraphs])).toEqual(expected);
  });

  it('keeps the top ones', () => {
    expect(coMentions(FIXTURE_INDEX, 'place:mariupol', 1)).toHaveLength(1);
  });
});

describe('entityMentions', () => {
  it('lists every mention in reading order with its section', () => {
    const body = FIXTURE_BODIES.get('zelenskys-adviser');
    if (!body) throw new Error('fixture');
    const found = entityMentions(body, new Set(['person:vladimir-putin']));
    expect(
      found.map((m) => [m.sectionId, m.paragraphId, m.text.slice(m.mention.start, m.mention.end)]),
    ).toEqual([
      ['lead', 'p-7', 'Vladimir Putin'],
      ['it-contains-thousands-of-fighters', 'p-16', 'Putin'],
      ['it-contains-thousands-of-fighters', 'p-16', 'Putin'],
    ]);
  });
});
