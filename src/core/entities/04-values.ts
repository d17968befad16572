import type { Candidate, TokenizedText } from './candidate.ts';
import { moneyRule } from './values/money-rule.ts';
import { dateRule } from './values/date-rule.ts';
import { quantityRule } from './values/quantity-rule.ts';

/**
 * Step 4: typed values (money, dates, quantities); overlaps between them are settled in step 5 like any other, except
 * that a number in an amount of money is never a quantity: "€ 273 million worth" is money, though "273 million worth"
 * is the longer span.
 */
export function matchValues(doc: TokenizedText): Candidate[] {
  const money = moneyRule(doc);
  const quantities = quantityRule(doc);
  if (money.length === 0) return money.concat(dateRule(doc), quantities);
  const inMoney = new Uint8Array(doc.tokens.length);
  for (const m of money) inMoney.fill(1, m.first, m.last);
  const apart = quantities.filter((q) => inMoney.subarray(q.first, q.last).every((x) => x === 0));
  return money.concat(dateRule(doc), apart);
}
