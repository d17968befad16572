import { describe, expect, it } from 'vitest';
import { lineAtOffset } from '../../../src/core/text/line-at-offset.ts';

const units = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('lineAtOffset', () => {
  it.each<[string, string, number, number]>([
    ['first character', 'abc', 0, 1],
    ['after LF', 'a\nb', 2, 2],
    ['CRLF is one break', 'a\r\nb', 3, 2],
    ['lone CR is one break', 'a\rb\rc', 4, 3],
    ['blank lines count', 'a\n\n\nb', 4, 4],
  ])('%s', (_, text, offset, line) => {
    expect(lineAtOffset(units(text), offset)).toBe(line);
  });
});
