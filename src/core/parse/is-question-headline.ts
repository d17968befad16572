import { wordCount } from './looks-like-heading.ts';

/** A headline is short: two sentences of a headline stay within this many words. */
const MAX_WORDS = 16;
/** A question, then one plain statement: no comma, colon, quote or second question. */
const SHAPE = /^\p{Lu}[^.!?,;:"“”«»]{2,100}\? \p{Lu}[^.!?,;:"“”«»]{2,100}\.$/u;
/** Attribution makes it a quoted paragraph: "Is the deal dead? The minister says it is not." */
const REPORTING = /\b(said|says|told|tells|added|adds|according|reported|announced)\b/iu;

/**
 * Whether a line ending in a full stop may still be a headline: a question and the news that answers it, as
 * translated pages write them: "Is the swimming pool closing for good? The council postpones its decision.". Not
 * "Reader question of the week: why do ferries sink? Write to us, and we will answer." (a colon, a comma), nor one
 * that reports speech. Only when it stands alone between blank lines (`classifyLines` checks).
 */
export function isQuestionHeadline(line: string): boolean {
  return wordCount(line) <= MAX_WORDS && SHAPE.test(line) && !REPORTING.test(line);
}
