import { wordCount } from './looks-like-heading.ts';

/** A sub-heading that is a sentence is a short one: "The central bank is in no hurry." */
const MAX_WORDS = 7;
/** Present-tense "be": a sub-heading states where things stand; news narrates in the past ("Turnout was low."). */
const COPULA = /\s(is|are)\s/iu;
/** Attribution makes it a quoted paragraph: "The deal is dead, he says." */
const REPORTING = /\b(said|says|told|tells|added|adds|according|reported|announced)\b/iu;

/**
 * Whether a line ending in a full stop may still be a sub-heading: a short statement of where things stand, one
 * sentence, no comma, number or quote: "The central bank is in no hurry.", "The government is betting on talks.".
 * Not "The search continues." or "Turnout was 61 percent." (one-sentence paragraphs), nor "The deal is dead, he
 * said.". Only when it stands alone between blank lines (`classifyLines` checks).
 */
export function isSentenceHeading(line: string): boolean {
  if (wordCount(line) > MAX_WORDS || !/^\p{Lu}/u.test(line) || !/[^.]\.$/u.test(line)) return false;
  if (/[,;:"“”«»\d]/u.test(line) || /[.!?]/u.test(line.slice(0, -1))) return false;
  return COPULA.test(line) && !REPORTING.test(line);
}
