import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/01-split-lines.ts';
import { classifyLines } from '../../../src/core/parse/02-classify-lines.ts';
import { groupBlocks } from '../../../src/core/parse/03-group-blocks.ts';
import {
  findHeadlines,
  startsLowercase,
  type ReadingUnit,
} from '../../../src/core/parse/04-find-headlines.ts';

const roles = (text: string): [ReadingUnit['role'], number][] =>
  findHeadlines(groupBlocks(classifyLines(splitLines(text)))).map((u) => [u.role, u.line]);

const body = (names: string): string =>
  `${names} met in the capital on the first day of the visit, and officials described the talks as long.`;

describe('findHeadlines', () => {
  it.each<[string, string, [ReadingUnit['role'], number][]]>([
    [
      'the first line is a headline even when it is body text',
      'The government announced new measures.\nThe minister explained them.\n\nOther text.',
      [
        ['headline', 1],
        ['paragraph', 2],
        ['paragraph', 4],
      ],
    ],
    [
      'a new topic with a long title is a new story; a lowercase line is a section',
      [
        'Floods hit the coast',
        body('Officials from Derna and Benghazi'),
        'rescue efforts',
        body('Teams from Benghazi and Derna'),
        'Erdogan wins a new term in the presidential runoff vote',
        body('Supporters of Erdogan in Ankara and Istanbul'),
      ].join('\n\n'),
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['paragraph', 7],
        ['headline', 9],
        ['paragraph', 11],
      ],
    ],
    [
      'a long line naming the same people continues the story',
      [
        'Talks on the grain deal',
        body('Envoys from Ankara, Kyiv and Moscow'),
        'Ankara and Moscow agree on the terms for Kyiv',
        body('Envoys of Kyiv and Moscow in Ankara'),
      ].join('\n\n'),
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['paragraph', 7],
      ],
    ],
    [
      'with an explicit outline only # lines open stories',
      '# One\n\nBody.\n\nShort line here\n\nWill this be a headline? No it will not be one\n\n# Two\n\nBody.',
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['subheading', 7],
        ['headline', 9],
        ['paragraph', 11],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('startsLowercase', () => {
  it.each<[string, boolean]>([
    ['a message to Tehran', true],
    ['strategic goal', true],
    ['fears in Basra', true],
    // must not fire: a capital, a brand written in camel case, a number or symbol first
    ['A message to Tehran', false],
    ['iPhone sales slump in China', false],
    ['eBay cuts jobs', false],
    ['5 questions', false],
    ['★', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsLowercase(text)).toBe(expected);
  });
});

describe('a lowercase heading under a story', () => {
  it('is its sub-heading even when the names under it are new', () => {
    const body = (s: string): string =>
      `${s} spoke in the capital on Monday, and officials described the talks as long.`;
    const text = [
      'Israel warns against a bad deal',
      body('Netanyahu and Graham'),
      'a message to Tehran',
      body('Harel, Haaretz and Biden'),
    ].join('\n\n');
    const roles = findHeadlines(groupBlocks(classifyLines(splitLines(text)))).map((u) => u.role);
    expect(roles).toEqual(['headline', 'paragraph', 'subheading', 'paragraph']);
  });
});
