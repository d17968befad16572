import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/schema.ts';
import { textSegments } from '../../../src/core/query/text-segments.ts';

const m = (start: number, end: number, entityId = 'person:x'): Mention => ({
  start,
  end,
  entityId,
  rule: 't',
});
const show = (text: string, mentions: Mention[]) =>
  textSegments(text, mentions)
    .map((s) => (s.mention ? `[${text.slice(s.start, s.end)}]` : text.slice(s.start, s.end)))
    .join('|');

describe('textSegments', () => {
  it.each<[string, string, Mention[], string]>([
    ['no mentions', 'plain text', [], 'plain text'],
    [
      'one in the middle',
      'Russian President Vladimir Putin has',
      [m(18, 32)],
      'Russian President |[Vladimir Putin]| has',
    ],
    ['adjacent mentions stay apart', 'France Germany', [m(0, 6), m(7, 14)], '[France]| |[Germany]'],
    ['touching mentions stay apart', 'AB', [m(0, 1), m(1, 2, 'place:b')], '[A]|[B]'],
    ['whole text', 'Putin', [m(0, 5)], '[Putin]'],
    [
      'nested-looking: the overlapping one is dropped',
      'Vladimir Putin',
      [m(0, 14), m(9, 14)],
      '[Vladimir Putin]',
    ],
    ['unsorted input', 'a b', [m(2, 3), m(0, 1)], '[a]| |[b]'],
    ['out of range and empty are plain', 'abc', [m(1, 1), m(2, 9)], 'abc'],
    ['astral characters by UTF-16 offsets', '😀 Kyiv', [m(3, 7)], '😀 |[Kyiv]'],
  ])('%s', (_label, text, mentions, expected) => {
    expect(show(text, mentions)).toBe(expected);
  });

  it('conserves the text for any mentions', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(40), fc.nat(40))), (text, ranges) => {
        const segments = textSegments(
          text,
          ranges.map(([a, b]) => m(Math.min(a, b), Math.max(a, b))),
        );
        expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        segments.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : segments[i - 1]?.end));
      }),
    );
  });
});
