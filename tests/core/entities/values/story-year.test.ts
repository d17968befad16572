import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { dateRule } from '../../../../src/core/entities/values/date-rule.ts';
import { inferStoryYear } from '../../../../src/core/entities/values/story-year.ts';

const isoOf = (paragraphs: string[]): string[] =>
  inferStoryYear(
    paragraphs.map((p) => {
      const doc = tokenize(p);
      return { doc, candidates: dateRule(doc) };
    }),
  ).flatMap((t) => t.candidates.map((c) => (c.value?.kind === 'date' ? c.value.iso : '?')));

describe('inferStoryYear', () => {
  it.each<[string, string[], string[]]>([
    [
      'one full date gives its year to the others',
      ['On January 31, 2022, the junta spoke.', 'By February 3 it was over.'],
      ['2022-01-31', '2022-02-03'],
    ],
    // must not infer: a bare year is no evidence, two years disagree, no year at all
    ['a bare year is not used', ['launched on February 24.', 'annexed in 2014.'], ['--02-24', '2014']],
    [
      'two years: no guess',
      ['On May 1, 2021 and June 2, 2022.', 'Then on July 3.'],
      ['2021-05-01', '2022-06-02', '--07-03'],
    ],
    ['no year anywhere', ['From February 26 to February 28.'], ['--02-26', '--02-28']],
  ])('%s', (_label, paragraphs, expected) => expect(isoOf(paragraphs)).toEqual(expected));
});
