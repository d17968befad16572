import { describe, expect, it } from 'vitest';
import {
  HEADLINE_THRESHOLD,
  headlineScore,
  type HeadingContext,
} from '../../../src/core/parse/headline-score.ts';

const base: HeadingContext = {
  text: '',
  attachedNext: false,
  usesBlankLines: true,
  continuity: null,
  nextOpensWithSource: false,
  paragraphsInStory: 5,
};
const reads = (context: Partial<HeadingContext>): 'headline' | 'subheading' =>
  headlineScore({ ...base, ...context }) >= HEADLINE_THRESHOLD ? 'headline' : 'subheading';

describe('headlineScore', () => {
  it.each<[string, Partial<HeadingContext>, 'headline' | 'subheading']>([
    ['a long question', { text: 'Will oil prices rise again after the cut by the producers?' }, 'headline'],
    [
      'a long exclamation',
      { text: 'Despite the sanctions, these countries sold arms to the army!' },
      'headline',
    ],
    [
      'a long line with new names',
      { text: 'Heat wave breaks temperature records in southern Europe', continuity: 0 },
      'headline',
    ],
    [
      'a short line before a dateline',
      { text: 'Markets fall', nextOpensWithSource: true, continuity: 0.2 },
      'headline',
    ],
    [
      'a speaker, a colon, a claim',
      { text: 'Sudan: fighting resumes in Khartoum despite the truce', continuity: 0.3 },
      'headline',
    ],
    // sub-headings: must not fire
    ['lowercase', { text: 'strategic goal', continuity: 0 }, 'subheading'],
    [
      'lowercase even when long and new',
      { text: 'the position of the new government in the capital', continuity: 0 },
      'subheading',
    ],
    ['quoted', { text: '“Terrorist act”', continuity: 0 }, 'subheading'],
    ['short with a number', { text: '3 stars', continuity: 0.2 }, 'subheading'],
    ['a short question', { text: 'Who is responsible?', continuity: 0.15 }, 'subheading'],
    [
      'a mid-length question in the same story',
      { text: 'How did the attacks start?', continuity: 0.45 },
      'subheading',
    ],
    [
      'a mid-length question with new names',
      { text: 'Will the truce hold in Khartoum?', continuity: 0 },
      'headline',
    ],
    [
      'long but the same names',
      { text: 'Germany has sold millions of euros worth of equipment', continuity: 0.66 },
      'subheading',
    ],
    [
      'sitting on its paragraph',
      { text: 'It contains thousands of fighters', attachedNext: true, continuity: 0.5 },
      'subheading',
    ],
    ['an explainer', { text: 'What the ruling means for Israel', continuity: 0.2 }, 'headline'],
    ['a short wh- line', { text: 'What comes next', continuity: 0.2 }, 'subheading'],
    [
      'a topic, partly new names',
      { text: 'The position of the African Union and the regional bloc', continuity: 0.25 },
      'subheading',
    ],
    [
      'right under a headline',
      { text: 'Talks between the two sides', paragraphsInStory: 0, continuity: 0.5 },
      'subheading',
    ],
  ])('%s', (_, context, expected) => {
    expect(reads(context)).toBe(expected);
  });

  it('ignores attachment when the digest has no blank lines at all', () => {
    const text = 'Doctors protest in front of the health ministry';
    expect(reads({ text, attachedNext: true, usesBlankLines: false, continuity: 0 })).toBe('headline');
    expect(reads({ text, attachedNext: true, usesBlankLines: true, continuity: 0.25 })).toBe('subheading');
  });
});
