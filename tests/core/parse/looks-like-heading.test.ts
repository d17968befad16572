import { describe, expect, it } from 'vitest';
import { lastMark, looksLikeHeading, wordCount } from '../../../src/core/parse/looks-like-heading.ts';

describe('looksLikeHeading', () => {
  it.each<[string, boolean]>([
    ['strategic goal', true],
    ['3 stars', true],
    ['“Terrorist act”', true],
    ['Despite the sanctions, these European countries sold arms to Russia!', true],
    ['A secret network in Belarus. How did it disrupt the supplies of Russian forces?', true],
    ['Zelensky’s adviser: Russian forces attempt to storm Azovstal', true],
    // must not fire: sentences, clauses, long lines, no letters
    ['Russian forces surrounded the factory in early March.', false],
    ['He said:', false],
    ['the talks, which began in April,', false],
    ['He added that the talks would continue.”', false],
    ['and so on…', false],
    [
      'Twenty one words without a final stop can only be a paragraph that someone forgot to end with a full stop ok',
      false,
    ],
    ['— — —', false],
    ['* * *', false],
    // a title without words: emoji, symbols, a bare marker
    ['🔥🔥🔥', true],
    ['★', true],
    ['###', true],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });
});

describe('lastMark and wordCount', () => {
  it.each<[string, string, number]>([
    ['he said.”', '.', 2],
    ['(in 2014).', '.', 2],
    ['Why?”)', '?', 1],
    ['  spaced   out  ', 't', 2],
    ['', '', 0],
  ])('%j', (line, mark, words) => {
    expect(lastMark(line.trim())).toBe(mark);
    expect(wordCount(line)).toBe(words);
  });
});
