import { describe, expect, it } from 'vitest';
import { utf8SequenceLength } from '../../../src/core/text/utf8-sequence-length.ts';

describe('utf8SequenceLength', () => {
  it.each<[string, number[], number]>([
    ['ASCII', [0x41], 1],
    ['é', [0xc3, 0xa9], 2],
    ['€', [0xe2, 0x82, 0xac], 3],
    ['emoji', [0xf0, 0x9f, 0x98, 0x80], 4],
    ['lone continuation byte', [0x80], 0],
    ['Windows-1252 é before a space', [0xe9, 0x20], 0],
    ['overlong "/"', [0xc0, 0xaf], 0],
    ['overlong 3-byte', [0xe0, 0x80, 0x80], 0],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0xe2, 0x82], 0],
  ])('%s', (_, bytes, expected) => {
    expect(utf8SequenceLength(new Uint8Array(bytes), 0)).toBe(expected);
  });
});
