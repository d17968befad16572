import { describe, expect, test } from 'vitest';
import {
  homePath,
  paragraphHash,
  paragraphPath,
  searchPath,
  sectionPath,
  storyPath,
  toSearch,
  withSearchParam,
} from '../../src/url/paths.ts';

describe('paths', () => {
  test.each([
    ['home', homePath(), '/'],
    ['home with filters', homePath('?person=vladimir-putin&match=any'), '/?person=vladimir-putin&match=any'],
    ['home with a bare query', homePath('place=kyiv'), '/?place=kyiv'],
    ['home with URLSearchParams', homePath(new URLSearchParams({ q: 'azov stal' })), '/?q=azov+stal'],
    ['home with an empty query', homePath('?'), '/'],
    ['story', storyPath('azovstal'), '/story/azovstal'],
    [
      'story with filters',
      storyPath('azovstal', '?exclude=place:russia'),
      '/story/azovstal?exclude=place:russia',
    ],
    [
      'story with a Cyrillic slug',
      storyPath('война-и-мир'),
      '/story/%D0%B2%D0%BE%D0%B9%D0%BD%D0%B0-%D0%B8-%D0%BC%D0%B8%D1%80',
    ],
    ['section', sectionPath('azovstal', 'strategic-goal'), '/story/azovstal/strategic-goal'],
    ['section with filters', sectionPath('azovstal', 'lead', '?person=x'), '/story/azovstal/lead?person=x'],
    ['section id with a slash is one segment', sectionPath('a', 'b/c'), '/story/a/b%2Fc'],
    ['paragraph hash', paragraphHash('p-24'), '#p-24'],
    ['paragraph path', paragraphPath('azovstal', 'lead', 'p-24', '?q=x'), '/story/azovstal/lead?q=x#p-24'],
    ['search', searchPath('azov stal'), '/search?q=azov+stal'],
    ['search keeps the filter', searchPath('kyiv', '?person=x&q=old'), '/search?person=x&q=kyiv'],
    ['search with no words', searchPath('', '?person=x'), '/search?person=x'],
    ['search with markup-like words', searchPath('<b>&'), '/search?q=%3Cb%3E%26'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test.each([
    ['', ''],
    ['?', ''],
    ['a=1', '?a=1'],
    ['?a=1', '?a=1'],
  ])('toSearch(%j) is %j', (input, expected) => {
    expect(toSearch(input)).toBe(expected);
  });

  test.each([
    ['?person=a', 'q', 'kyiv', '?person=a&q=kyiv'],
    ['?person=a&q=old', 'q', 'new', '?person=a&q=new'],
    ['?person=a&q=old', 'q', '', '?person=a'],
    ['', 'q', '', ''],
  ])('withSearchParam(%j, %j, %j) is %j', (search, name, value, expected) => {
    expect(withSearchParam(search, name, value)).toBe(expected);
  });
});
