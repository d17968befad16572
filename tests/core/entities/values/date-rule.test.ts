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
    // full dates; a day without its year keeps `--`, the year is never guessed
    ['launched on February 24, wreaking havoc', ['February 24=--02-24/day']],
    ['on Monday, January 31, 2022, the expulsion', ['January 31, 2022=2022-01-31/day']],
    ['on Friday, 5 August 2022', ['5 August 2022=2022-08-05/day']],
    ['signed on Dec. 3 in Lima', ['Dec. 3=--12-03/day']],
    ['due on the 14th of July', ['14th of July=--07-14/day']],
    ['from November 20 to December 11', ['November 20=--11-20/day', 'December 11=--12-11/day']],
    // a month with its year
    ['the coup of August 2020', ['August 2020=2020-08/month']],
    ['closed in September of 1998', ['September of 1998=1998-09/month']],
    // a month alone, its modifier in the span
    ['In March, a bundle was found', ['March=--03/month']],
    ['in early March and last February', ['early March=--03/month', 'last February=--02/month']],
    ['talks resume mid-June in Oslo', ['mid-June=--06/month']],
    ['In May, the minister resigned', ['May=--05/month']],
    ['flooding since late October', ['late October=--10/month']],
    ['ahead of the March elections', ['March=--03/month']],
    // a bare year, a range of years
    ['annexed to its territory in 2014.', ['2014=2014/year']],
    ['governed from 2014 to 2020', ['2014=2014/year', '2020=2020/year']],
    ['the 2011–2013 drought', ['2011=2011/year', '2013=2013/year']],
    ['emissions over 1990 - 2030 fell', ['1990=1990/year', '2030=2030/year']],
    ["Russia's 2022 invasion", ['2022=2022/year']],
    ['2019 was a dry year', ['2019=2019/year']],
    // must not fire: a month alone that is a name or a verb, weekdays, seasons, relative days
    ['it may 5 times', []],
    ['May the best team win', []],
    ['April showers, said June, are common', []],
    ['Theresa May met June Carter and April Ryan', []],
    ['Thousands March on the Capitol', []],
    ['today, Sunday, unveiled; this summer; last month', []],
    ['sales in Mar were flat', []],
    // must not fire: years inside names and codes, decades, ages, counts, scores
    ['Pop culture at Fan Expo Canada 2016 in Toronto', []],
    ['the drill Operation Sea Breeze-2021 and Exercise-2019B', []],
    ['music of the 1960s and the 1990’s', []],
    ['a 2000 year old tradition and a 1500-year-old church', []],
    ['more than 2,000 fighters and 400 people', []],
    ['police said 1500 protesters and 2000 people gathered', []],
    ['a 1999 votes margin', []],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});
