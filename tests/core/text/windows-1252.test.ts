import { describe, expect, it } from 'vitest';
import { windows1252Char } from '../../../src/core/text/windows-1252.ts';

describe('windows1252Char', () => {
  it.each<[number, string]>([
    [0x41, 'A'],
    [0x80, '€'],
    [0x93, '“'],
    [0x94, '”'],
    [0x96, '–'],
    [0x81, '\u0081'], // undefined in the code page: the C1 control, as WHATWG does
    [0xa3, '£'],
    [0xe9, 'é'],
  ])('0x%s', (byte, expected) => {
    expect(windows1252Char(byte)).toBe(expected);
  });
});
