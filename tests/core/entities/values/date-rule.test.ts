import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { dateRule } from '../../../../src/core/entities/values/date-rule.ts';

const dates = (text: string): string[] => {
  const doc = tokenize(text);
  return dateRule(doc).map((c) =>
    c.value?.kind === 'date'
      ? `${doc.text.slice(c.start, c.end)}=${c.value.iso}/${c.value.precision}`
      : 'not a date',
  );
};

describe('dateRule', () => {
  it.each<[string, string[]]>([
    // the year is not guessed here
    ['launched on February 24, wreaking havoc', ['February 24=--02-24/day']],
    ['on Monday, January 31, 2022, the expulsion', ['January 31, 2022=2022-01-31/day']],
    ['on Friday, 5 August 2022', ['5 August 2022=2022-08-05/day']],
    ['the coup of August 2020', ['August 2020=2020-08/month']],
    ['annexed to its territory in 2014.', ['2014=2014/year']],
    // must not fire: a month alone, "May" as a verb, a number that is no year, a weekday
    ['in early March and last February', []],
    ['it may 5 times', []],
    ['more than 2,000 fighters and 400 people', []],
    ['today, Sunday, unveiled', []],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});
