import type { Candidate, TokenizedText } from './candidate.ts';
import { moneyRule } from './values/money-rule.ts';
import { dateRule } from './values/date-rule.ts';
import { quantityRule } from './values/quantity-rule.ts';

/** Step 4: typed values (money, dates, quantities); overlaps between them are settled in step 5 like any other. */
export function matchValues(doc: TokenizedText): Candidate[] {
  return moneyRule(doc).concat(dateRule(doc), quantityRule(doc));
}
