import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../../src/core/text/plural.ts';

describe('plural', () => {
  it.each<[string, number, string]>([
    ['one takes the singular', 1, '1 story'],
    ['zero takes the plural', 0, '0 stories'],
    ['two and more take the plural', 2, '2 stories'],
    ['a fraction takes the plural', 1.5, '1.5 stories'],
    ['thousands are grouped', 1204, '1,204 stories'],
    ['21 is plural in English (not "one" as in Russian)', 21, '21 stories'],
  ])('%s', (_label, count, expected) => {
    expect(plural(count, 'story', 'stories')).toBe(expected);
  });

  it('pluralWord gives the noun alone', () => {
    expect(pluralWord(1, 'match', 'matches')).toBe('match');
    expect(pluralWord(3, 'match', 'matches')).toBe('matches');
  });
});
