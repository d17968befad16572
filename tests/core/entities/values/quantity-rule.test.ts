import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { quantityRule } from '../../../../src/core/entities/values/quantity-rule.ts';

const quantities = (text: string): string[] => {
  const doc = tokenize(text);
  return quantityRule(doc).map((c) =>
    c.value?.kind === 'quantity'
      ? `${doc.text.slice(c.start, c.end)}=${c.value.amount} ${c.value.unit}`
      : 'not a quantity',
  );
};

describe('quantityRule', () => {
  it.each<[string, string[]]>([
    // the approximator is in the span, the demonym is skipped in the unit
    [
      'told Putin that more than 2,000 Ukrainian fighters were',
      ['more than 2,000 Ukrainian fighters=2000 fighters'],
    ],
    // a unit of measure is the unit, whatever noun follows it
    ['showing the 40-mile convoy of trucks', ['40-mile=40 miles']],
    [
      'a 12 km walk and 200 square kilometres of forest',
      ['12 km=12 kilometres', '200 square kilometres=200 square kilometres'],
    ],
    ['a 5 per cent rise', ['5 per cent=5 percent']],
    ['punishable by 20 years in prison', ['20 years=20 years']],
    ['a 10-year sentence', ['10-year=10 years']],
    // a scale word multiplies; a plural without an s ends the phrase
    ['some 2 million people fled', ['some 2 million people=2000000 people']],
    ['a series of five sabotage attacks', ['five sabotage attacks=5 sabotage attacks']],
    ['with 50.4% of the votes', ['50.4%=50.4 percent']],
    // must not fire: a year, a number before a capitalized word or a month, a currency word
    ['in 2014 the annexation', []],
    ['the 3 Musketeers', []],
    ['on 24 February', []],
    ['at 1.08 dollars to the euro', []],
  ])('%s', (text, expected) => expect(quantities(text)).toEqual(expected));
});
