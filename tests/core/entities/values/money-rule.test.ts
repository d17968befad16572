import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { moneyRule } from '../../../../src/core/entities/values/money-rule.ts';

const money = (text: string): string[] => {
  const doc = tokenize(text);
  return moneyRule(doc).map((c) =>
    c.value?.kind === 'money'
      ? `${doc.text.slice(c.start, c.end)}=${c.value.currency} ${c.value.amount}${c.value.currencyFrom ? ` ${c.value.currencyFrom}` : ''}`
      : 'not money',
  );
};

describe('moneyRule', () => {
  it.each<[string, string[]]>([
    // symbol first; a word after the amount is not part of it
    ['Berlin sold € 121m (£ 107m) worth', ['€ 121m=EUR 121000000', '£ 107m=GBP 107000000']],
    ['arms worth € 273 million worth of', ['€ 273 million=EUR 273000000']],
    ['a fee of € 40m net, or £ 5m each', ['€ 40m=EUR 40000000', '£ 5m=GBP 5000000']],
    ['€ 22.5 million', ['€ 22.5 million=EUR 22500000']],
    ['a ₹ 450 crore plan', ['₹ 450 crore=INR 4500000000']],
    ['Rs 1.5 lakh crore for defence', ['Rs 1.5 lakh crore=INR 1500000000000']],
    // the currency word after the number
    [
      'sending 152 million euros (£ 128 million) worth',
      ['152 million euros=EUR 152000000', '£ 128 million=GBP 128000000'],
    ],
    ['fined 422,000 euros', ['422,000 euros=EUR 422000']],
    ['a budget of 2,500 billion CFA francs', ['2,500 billion CFA francs=XOF 2500000000000']],
    ['a loan of 3 billion Canadian dollars', ['3 billion Canadian dollars=CAD 3000000000']],
    ['raised 40 million Swiss francs', ['40 million Swiss francs=CHF 40000000']],
    // a prefixed dollar, touching or not, and the prefix after the symbol
    ['released on US$ 20,000 bail', ['US$ 20,000=USD 20000']],
    ['at a cost of NZ $ 26 million', ['NZ $ 26 million=NZD 26000000']],
    ['a NZ$26m stadium', ['NZ$26m=NZD 26000000']],
    [
      'C$5 billion, A$ 3m and HK$ 1.2bn',
      ['C$5 billion=CAD 5000000000', 'A$ 3m=AUD 3000000', 'HK$ 1.2bn=HKD 1200000000'],
    ],
    ['a $US 4 million grant', ['$US 4 million=USD 4000000']],
    // ISO codes before or after the number
    ['USD 1.2 billion in aid', ['USD 1.2 billion=USD 1200000000']],
    ['an SDR 500 million loan', ['SDR 500 million=XDR 500000000']],
    ['priced at 1.5 trillion JPY', ['1.5 trillion JPY=JPY 1500000000000']],
    // amounts in words, trillions
    ['two billion dollars in loans', ['two billion dollars=USD 2000000000 assumed']],
    ['a billion euros', ['a billion euros=EUR 1000000000']],
    ['two hundred million dollars', ['two hundred million dollars=USD 200000000 assumed']],
    ['a £ 2 trillion debt', ['£ 2 trillion=GBP 2000000000000']],
    // a range: each bound a value, the first takes the second's scale
    ['worth $5–6 million', ['$5=USD 5000000 assumed', '6 million=USD 6000000 assumed']],
    ['from € 2 to € 3 billion', ['€ 2=EUR 2000000000', '€ 3 billion=EUR 3000000000']],
    ['between 10 and 12 million euros', ['10=EUR 10000000', '12 million euros=EUR 12000000']],
    ['bought 3 and sold 12 million euros', ['12 million euros=EUR 12000000']],
    // a bare "$" or "dollars" says dollars, not whose: the story decides (storyDollars)
    ['a factory worth $ 4 billion', ['$ 4 billion=USD 4000000000 assumed']],
    ['invested 2.1 billion dollars', ['2.1 billion dollars=USD 2100000000 assumed']],
    // must not fire: no number, a count, a bare number, a weight, a rate, a number word without a scale
    ['millions of euros worth of equipment', []],
    ['76 export licenses', []],
    ['in 2014', []],
    ['seized 5 pounds of cocaine', []],
    ['at 1.08 dollars to the euro', []],
    ['two real reasons', []],
    ['ALL 5 members and TOP 10 lists', []],
    ['A $ sign', []],
    ['$5 to 10 times more', ['$5=USD 5 assumed']],
  ])('%s', (text, expected) => expect(money(text)).toEqual(expected));
});
