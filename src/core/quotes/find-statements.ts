import { invertedSpeechRule } from './rules/inverted-speech-rule.ts';
import { participleSpeechRule } from './rules/participle-speech-rule.ts';
import { reportedSpeechRule } from './rules/reported-speech-rule.ts';
import { splitSentences } from './split-sentences.ts';
import type { QuoteText, Statement } from './statement.ts';
import { verbsIn } from './verbs-in.ts';

/** The rules, in the order they are tried on each speech verb; the first that reads it wins. */
const RULES = [invertedSpeechRule, participleSpeechRule, reportedSpeechRule];

/**
 * Longer than any sentence a reporter writes: a run of text without a stop this long (a scraped table, a hostile
 * line) is not read for statements, which keeps the rules' look-backs linear in the text.
 */
const MAX_SENTENCE = 2_000;
/** Speech verbs read per sentence, for the same reason ("said said said …"). */
const MAX_VERBS = 12;

/**
 * Every statement a paragraph attributes, in reading order, speakers not yet resolved. One stretch of text has
 * one speaker: a statement overlapping an earlier one is dropped ("…, said Alexander Azarov, …, said.").
 */
export function findStatements(q: QuoteText): Statement[] {
  const out: Statement[] = [];
  let m = 0;
  for (const sentence of splitSentences(q.text)) {
    // the rules read only the sentence, so each sees only its mentions (mentions are sorted by start)
    while (m < q.mentions.length && (q.mentions[m]?.start ?? 0) < sentence.start) m++;
    let end = m;
    while (end < q.mentions.length && (q.mentions[end]?.start ?? 0) < sentence.end) end++;
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    const local: QuoteText = { ...q, mentions: q.mentions.slice(m, end) };
    const kept: Statement[] = [];
    for (const v of verbsIn(local, sentence).slice(0, MAX_VERBS)) {
      let found: Statement | null = null;
      for (const rule of RULES) {
        found = rule(local, sentence, v);
        if (found) break;
      }
      const f = found;
      if (f && !kept.some((s) => s.start < f.end && s.end > f.start)) kept.push(f);
    }
    out.push(...kept.sort((a, b) => a.start - b.start));
  }
  return out;
}
