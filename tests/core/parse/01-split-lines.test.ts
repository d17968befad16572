import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/01-split-lines.ts';

describe('splitLines', () => {
  it.each<[string, string, [number, string][]]>([
    ['empty text has no lines', '', []],
    ['one line', 'Headline', [[1, 'Headline']]],
    [
      'a final break ends the last line',
      'a\nb\n',
      [
        [1, 'a'],
        [2, 'b'],
      ],
    ],
    [
      'blank lines are kept, trimmed',
      ' a \n\n\t\nb',
      [
        [1, 'a'],
        [2, ''],
        [3, ''],
        [4, 'b'],
      ],
    ],
    ['a lone break is one blank line', '\n', [[1, '']]],
  ])('%s', (_, text, expected) => {
    expect(splitLines(text).map((l) => [l.line, l.text])).toEqual(expected);
  });
});
