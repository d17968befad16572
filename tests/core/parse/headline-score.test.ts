import { describe, expect, it } from 'vitest';
import type { HeadingContext } from '../../../src/core/parse/heading-context.ts';
import { headingFeatures } from '../../../src/core/parse/heading-features.ts';
import { HEADLINE_THRESHOLD, headlineScore } from '../../../src/core/parse/headline-score.ts';

const base: HeadingContext = {
  text: '',
  attachedNext: false,
  blankBefore: 1,
  continuity: null,
  namesAfter: 3,
  nextOpensWithSource: false,
  paragraphsInStory: 5,
  sectionsInStory: 0,
  paragraphsUnder: 3,
  layout: {
    usesBlankLines: true,
    usesDoubleBlanks: false,
    doubleBlankHeadings: 0,
    singleBlankHeadings: 0,
    titleCaseHeadlines: false,
    storiesOpenWithSource: false,
    sourcedHeadings: false,
  },
};
const reads = (context: Partial<HeadingContext>): 'headline' | 'subheading' =>
  headlineScore({ ...base, ...context }) >= HEADLINE_THRESHOLD ? 'headline' : 'subheading';

describe('headlineScore (calibrated weights)', () => {
  it.each<[string, Partial<HeadingContext>, 'headline' | 'subheading']>([
    [
      'a long question',
      { text: 'Will oil prices rise again after the cut by the producers?', continuity: 0 },
      'headline',
    ],
    [
      'a long line with new names',
      { text: 'Heat wave breaks temperature records in southern Europe', continuity: 0 },
      'headline',
    ],
    [
      'a line before a dateline, new names',
      { text: 'Markets fall in Tokyo after the vote', nextOpensWithSource: true, continuity: 0 },
      'headline',
    ],
    [
      'after two blank lines, new names',
      { text: 'Greek court rules on worship', blankBefore: 2, continuity: 0 },
      'headline',
    ],
    // sub-headings: must not fire
    ['lowercase, known names', { text: 'strategic goal', continuity: 1 }, 'subheading'],
    ['quoted and short', { text: '“Terrorist act”', continuity: 0.5 }, 'subheading'],
    ['short with a number', { text: '3 stars', continuity: 0.5 }, 'subheading'],
    [
      'sitting on its paragraph',
      { text: 'Opposition reaction', attachedNext: true, continuity: 0 },
      'subheading',
    ],
    [
      'a result line under a match report',
      { text: 'Group B — Spain 2 – 1 Italy', continuity: 0.8, sectionsInStory: 1 },
      'subheading',
    ],
    [
      'a Title Case crosshead where headlines are in sentence case',
      { text: 'Border Crossing Reopens For Trucks', continuity: 1, sectionsInStory: 0 },
      'subheading',
    ],
  ])('%s', (_, context, expected) => {
    expect(reads(context)).toBe(expected);
  });
});

describe('headingFeatures', () => {
  it.each<[string, Partial<HeadingContext>, 'eventVerb' | 'newNames', number]>([
    ['a verb in a statement reports an event', { text: 'Kenya treasury seeks a loan' }, 'eventVerb', 1],
    ['a verb in a question asks, it reports nothing', { text: 'Who opposes it?' }, 'eventVerb', 0],
    ['all new names, three or more: full weight', { continuity: 0, namesAfter: 3 }, 'newNames', 1],
    ['one new name is weak evidence', { continuity: 0, namesAfter: 1 }, 'newNames', 1 / 3],
    ['all names known, however few', { continuity: 1, namesAfter: 6 }, 'newNames', -1],
  ])('%s', (_, context, feature, expected) => {
    expect(headingFeatures({ ...base, ...context })[feature]).toBeCloseTo(expected);
  });
});
