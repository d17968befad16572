import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { moneyRule } from '../../../../src/core/entities/values/money-rule.ts';

const money = (text: string): string[] => {
  const doc = tokenize(text);
  return moneyRule(doc).map((c) =>
    c.value?.kind === 'money'
      ? `${doc.text.slice(c.start, c.end)}=${c.value.currency} ${c.value.amount}`
      : 'not money',
  );
};

describe('moneyRule', () => {
  it.each<[string, string[]]>([
    // two amounts, the second in brackets
    ['Berlin sold € 121m (£ 107m) worth', ['€ 121m=EUR 121000000', '£ 107m=GBP 107000000']],
    [
      'sending 152 million euros (£ 128 million) worth',
      ['152 million euros=EUR 152000000', '£ 128 million=GBP 128000000'],
    ],
    ['€ 22.5 million', ['€ 22.5 million=EUR 22500000']],
    ['a budget of 2,500 billion CFA francs', ['2,500 billion CFA francs=XOF 2500000000000']],
    ['a factory worth $ 4 billion', ['$ 4 billion=USD 4000000000']],
    ['invested 2.1 billion dollars', ['2.1 billion dollars=USD 2100000000']],
    // must not fire: no amount, a count of things, a bare number
    ['millions of euros worth of equipment', []],
    ['76 export licenses', []],
    ['in 2014', []],
  ])('%s', (text, expected) => expect(money(text)).toEqual(expected));
});
