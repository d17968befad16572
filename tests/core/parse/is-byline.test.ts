import { describe, expect, it } from 'vitest';
import { isByline } from '../../../src/core/parse/is-byline.ts';

describe('isByline', () => {
  it.each<[string, boolean]>([
    ['By Marta Oliveira', true],
    ['By Ana Lima and Tom Hale', true],
    ['By Ana de Lima, Reuters', true],
    ['(Reporting by Elias Mwangi; Editing by Kirsten Hale)', true],
    ['(Reporting by Ana Lima in Lisbon; Writing by Tom Hale; Editing by Mark Stone)', true],
    ['Additional reporting by Ana Lima', true],
    ['Par Claire Dubois', true],
    ['By Sergei Petrov/AFP', true],
    // must not fire: a sentence or a heading that starts with "by", a name followed by more words
    ['By Monday the talks had collapsed.', false],
    ['By the numbers', false],
    ['by land and sea', false],
    ['By Ana Lima, who covered the war for a decade, with photographs', false],
    ['Reporting by the state media was banned', false],
    ['Von der Leyen visits Kyiv', false],
    ['Bypass road opens in Kampala', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});
