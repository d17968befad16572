import { describe, expect, test } from 'vitest';
import { currentSection } from '../../src/components/story/current-section.ts';
import { isTypingTarget } from '../../src/components/shortcuts/is-typing-target.ts';
import { matchesHeadline } from '../../src/core/query/matches-headline.ts';
import { neighbours } from '../../src/components/navigation/neighbours.ts';
import { topEntities } from '../../src/components/story-list/top-entities.ts';
import { isNotFoundData } from '../../src/routes/not-found-data.ts';
import { fixtureIndex } from '../app/fixture-corpus.ts';

describe('matchesHeadline', () => {
  const story = {
    title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal',
    firstSentence: 'In Mariupol.',
  };
  test.each([
    ['', true],
    ['azovstal', true],
    ['AZOVSTAL russian', true],
    ['storm   mariupol', true], // words from the title and the first sentence
    ['Zelensky’s', true],
    ['kyiv', false],
    ['azovstal kyiv', false], // every word must occur
  ])('%j → %j', (query, expected) => {
    expect(matchesHeadline(story, query)).toBe(expected);
  });

  test('ignores accents', () => {
    expect(matchesHeadline({ title: 'Zürich talks', firstSentence: '' }, 'zurich')).toBe(true);
  });
});

describe('neighbours', () => {
  test.each([
    [0, { prev: null, next: 'b' }],
    [1, { prev: 'a', next: 'c' }],
    [2, { prev: 'b', next: null }],
    [-1, { prev: null, next: null }],
  ])('at %i', (at, expected) => {
    expect(neighbours(['a', 'b', 'c'], at)).toEqual(expected);
  });
});

describe('topEntities', () => {
  const story = fixtureIndex.stories[0]!;
  test('people by the number of paragraphs naming them', () => {
    expect(topEntities(story, fixtureIndex.entities, 'person').map((e) => e.name)).toEqual([
      'Vladimir Putin',
      'Sergei Shoigu',
    ]);
  });
  test('places, at most `limit`', () => {
    expect(topEntities(story, fixtureIndex.entities, 'place', 1).map((e) => e.name)).toEqual(['Mariupol']);
  });
  test('none of a type the story does not name', () => {
    expect(topEntities(fixtureIndex.stories[1]!, fixtureIndex.entities, 'person')).toEqual([]);
  });
});

describe('isTypingTarget', () => {
  const make = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild;
  };
  test.each([
    ['<input type="search">', true],
    ['<input>', true],
    ['<textarea></textarea>', true],
    ['<select></select>', true],
    ['<input type="checkbox">', false],
    ['<input type="radio">', false],
    ['<button>x</button>', false],
    ['<a href="/">x</a>', false],
  ])('%s → %j', (html, expected) => {
    expect(isTypingTarget(make(html))).toBe(expected);
  });
  test('null and the document are not typing targets', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(document)).toBe(false);
  });
});

describe('currentSection', () => {
  const sections = (tops: number[]) =>
    tops.map((top, i) => {
      const el = document.createElement('section');
      el.id = `s${i}`;
      el.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 100, height: 100 });
      return el;
    });
  test.each([
    ['nothing passed yet: the first', [100, 900, 1600], 's0'],
    ['the last heading above the reading line', [-500, 50, 900], 's1'],
    ['all passed: the last', [-900, -500, -10], 's2'],
  ])('%s', (_label, tops, expected) => {
    window.innerHeight = 800;
    expect(currentSection(sections(tops))).toBe(expected);
  });
  test('no sections: null', () => {
    expect(currentSection([])).toBeNull();
  });
});

describe('isNotFoundData', () => {
  test.each([
    [{ kind: 'story', storyId: 'x' }, true],
    [{ kind: 'section', storyId: 'x', sectionId: 'y' }, true],
    [{ kind: 'section', storyId: 'x' }, false],
    [{ kind: 'story' }, false],
    [{ kind: 'other', storyId: 'x' }, false],
    [null, false],
    ['story', false],
  ])('%j → %j', (value, expected) => {
    expect(isNotFoundData(value)).toBe(expected);
  });
});
