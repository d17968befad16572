import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/bundle/count-words.ts';
import { firstSentence } from '../../src/core/bundle/first-sentence.ts';
import { hashText } from '../../src/core/bundle/hash-text.ts';
import { indexUrl } from '../../src/core/bundle/index-url.ts';
import { readingMinutes } from '../../src/core/bundle/reading-minutes.ts';

describe('hashText', () => {
  it('is 16 hex digits, the same for the same text', () => {
    expect(hashText('Azovstal')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('Azovstal')).toBe(hashText('Azovstal'));
  });

  it.each([
    ['', ' '],
    ['a', 'b'],
    ['Mariupol.', 'Mariupol!'], // differ only in the last character
    ['ab', 'ba'],
    ['€ 121m', '€ 122m'],
  ])('tells %j from %j', (a, b) => {
    expect(hashText(a)).not.toBe(hashText(b));
  });

  it('spreads a one-character change over most digits', () => {
    const a = hashText('x'.repeat(1000));
    const b = hashText(`${'x'.repeat(999)}y`);
    const same = [...a].filter((c, i) => b[i] === c).length;
    expect(same).toBeLessThan(8);
  });
});

describe('countWords', () => {
  it.each<[string, number]>([
    ['', 0],
    ['   \n ', 0],
    ['Russian forces attempt to storm Azovstal', 6],
    ['the world’s eyes', 3], // curly apostrophe inside a word
    ['“dual-use” equipment', 2],
    ['€ 121m (£ 107m) worth', 3], // currency signs are not words
    ['more than 2,000 fighters', 4],
    ['lt.col. Alexander Azarov', 3],
    ['Война и мир', 3],
    ['a — b', 2],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it.each<[number, number]>([
    [0, 1],
    [1, 1],
    [230, 1],
    [460, 2],
    [574, 2],
    [576, 3],
    [2300, 10],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('firstSentence', () => {
  it.each<[string, string]>([
    ['One sentence only', 'One sentence only'],
    ['It ended. Then more.', 'It ended.'],
    ['Really? Yes.', 'Really?'],
    ['He said “stop.” Then left.', 'He said “stop.”'],
    ['Sold in 2014. 76 licences followed.', 'Sold in 2014.'],
    // must not fire: a lower-case continuation, abbreviations, initials
    [
      'Sunday, unveiled. that the forces were trying. Next.',
      'Sunday, unveiled. that the forces were trying.',
    ],
    ['said lt.col. Alexander Azarov, here. Then.', 'said lt.col. Alexander Azarov, here.'],
    ['Mr. Putin spoke. Later.', 'Mr. Putin spoke.'],
    ['J. R. Smith arrived. Later.', 'J. R. Smith arrived.'],
    ['The U.S. Embassy in Kiev reopened. Good.', 'The U.S. Embassy in Kiev reopened.'],
    ['version 2.5 shipped. Next.', 'version 2.5 shipped.'],
    ['Line one\nline two. Next.', 'Line one line two.'],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(100)}end.`;
    const summary = firstSentence(text, 50);
    expect(summary.length).toBeLessThanOrEqual(51);
    expect(summary).toMatch(/^word( word)*…$/);
  });
});

describe('indexUrl', () => {
  it('is relative to the base, beside the chunks', () => {
    expect(indexUrl('0123456789abcdef')).toBe('corpus/index-0123456789abcdef.json');
  });
});
