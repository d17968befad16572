import { invertedSpeechRule } from './rules/inverted-speech-rule.ts';
import { participleSpeechRule } from './rules/participle-speech-rule.ts';
import { reportedSpeechRule } from './rules/reported-speech-rule.ts';
import { splitSentences } from './split-sentences.ts';
import type { QuoteText, Statement } from './statement.ts';
import { verbsIn } from './verbs-in.ts';

/** The rules, in the order they are tried on each speech verb; the first that reads it wins. */
const RULES = [invertedSpeechRule, participleSpeechRule, reportedSpeechRule];

/**
 * Every statement a paragraph attributes, in reading order, speakers not yet resolved. One stretch of text has
 * one speaker: a statement overlapping an earlier one is dropped ("…, said Alexander Azarov, …, said.").
 */
export function findStatements(q: QuoteText): Statement[] {
  const out: Statement[] = [];
  for (const sentence of splitSentences(q.text)) {
    for (const v of verbsIn(q, sentence)) {
      let found: Statement | null = null;
      for (const rule of RULES) {
        found = rule(q, sentence, v);
        if (found) break;
      }
      if (found && !out.some((s) => s.start < (found?.end ?? 0) && s.end > (found?.start ?? 0)))
        out.push(found);
    }
  }
  return out;
}
