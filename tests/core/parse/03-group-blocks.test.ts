import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/01-split-lines.ts';
import { classifyLines } from '../../../src/core/parse/02-classify-lines.ts';
import { groupBlocks, type Unit } from '../../../src/core/parse/03-group-blocks.ts';

const group = (text: string): [Unit['kind'], number, string, boolean][] =>
  groupBlocks(classifyLines(splitLines(text))).map((u) => [
    u.kind,
    u.line,
    u.lines.join('|'),
    u.attachedNext,
  ]);

describe('groupBlocks', () => {
  it.each<[string, string, [Unit['kind'], number, string, boolean][]]>([
    [
      'a heading sitting on its paragraph',
      'It contains fighters\nPutin also instructed his minister.\n\nNext one.',
      [
        ['heading', 1, 'It contains fighters', true],
        ['paragraph', 2, 'Putin also instructed his minister.', false],
        ['paragraph', 4, 'Next one.', false],
      ],
    ],
    [
      'a numbered list goes on the paragraph that announces it',
      'The plan includes:\n1. free rides before 8 a.m.\n2. cheaper passes\n\nOther.',
      [
        ['paragraph', 1, 'The plan includes:|1. free rides before 8 a.m.|2. cheaper passes', false],
        ['paragraph', 5, 'Other.', false],
      ],
    ],
    [
      'a numbered line after a finished sentence is not a list item of it',
      'Talks ended.\n\n1. Opposition reaction\nThe leader said no.',
      [
        ['paragraph', 1, 'Talks ended.', false],
        ['heading', 3, '1. Opposition reaction', true],
        ['paragraph', 4, 'The leader said no.', false],
      ],
    ],
    [
      'consecutive body lines are one paragraph',
      'First line of a paragraph that ends.\nSecond line of it.\n\nOther.',
      [
        ['paragraph', 1, 'First line of a paragraph that ends.|Second line of it.', false],
        ['paragraph', 4, 'Other.', false],
      ],
    ],
    [
      'a wrapped line that runs on is not a heading',
      'Intro.\n\nThe minister of defence, who had earlier told the president that more than two thousand fighters were still\nhiding in the plant, said so.',
      [
        ['paragraph', 1, 'Intro.', false],
        [
          'paragraph',
          3,
          'The minister of defence, who had earlier told the president that more than two thousand fighters were still|hiding in the plant, said so.',
          false,
        ],
      ],
    ],
    [
      'a short line followed by a lowercase line is wrapped body',
      'Intro.\n\nThe defence minister\nsaid on Monday that talks would go on.',
      [
        ['paragraph', 1, 'Intro.', false],
        ['paragraph', 3, 'The defence minister|said on Monday that talks would go on.', false],
      ],
    ],
    [
      'boilerplate separates like a blank line',
      'One.\nRead more\nTwo.',
      [
        ['paragraph', 1, 'One.', false],
        ['paragraph', 3, 'Two.', false],
      ],
    ],
    [
      'no blank lines at all: one paragraph per sentence-ending line',
      'Headline here\nFirst paragraph.\nSecond paragraph.\nsub-heading\nThird paragraph.',
      [
        ['heading', 1, 'Headline here', true],
        ['paragraph', 2, 'First paragraph.', true],
        ['paragraph', 3, 'Second paragraph.', true],
        ['heading', 4, 'sub-heading', true],
        ['paragraph', 5, 'Third paragraph.', false],
      ],
    ],
    [
      'outline markers stand alone',
      '# Title\nBody.\n## part\nMore body.',
      [
        ['headline', 1, 'Title', true],
        ['paragraph', 2, 'Body.', true],
        ['subheading', 3, 'part', true],
        ['paragraph', 4, 'More body.', false],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(group(text)).toEqual(expected);
  });
});
