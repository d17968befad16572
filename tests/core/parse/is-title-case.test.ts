import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../../src/core/parse/is-title-case.ts';

describe('isTitleCase', () => {
  it.each<[string, boolean]>([
    ['Border Crossing Reopens For Trucks', true],
    ['Talks Break Down in Vienna', true],
    ['Wildfires Force Evacuations On Greek Island Of Rhodes', true],
    // must not fire: sentence case, short names, no words
    ['Border crossing reopens for trucks', false],
    ['New Zealand', false],
    ['New Zealand begins process to consider changing national flag design', false],
    ['🔥🔥🔥', false],
  ])('%j → %s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
  });
});
