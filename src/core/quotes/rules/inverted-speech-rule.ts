import { wordsIn } from '../chunk-words.ts';
import { speakerAfter } from '../speaker-after.ts';
import { speakerBefore } from '../speaker-before.ts';
import { statementSpan } from '../statement-span.ts';
import type { QuoteText, Span, Statement } from '../statement.ts';
import type { VerbAt } from '../verbs-in.ts';

/**
 * The statement comes first and the attribution after it: "…, said Sergei Vojtkovic, a former railway worker",
 * "“…,” he said.", "The attacks, Azarov said, were simple."
 */
export function invertedSpeechRule(q: QuoteText, sentence: Span, v: VerbAt): Statement | null {
  if (v.verb.participle) return null;
  const before = q.text.slice(sentence.start, v.start);
  // "…, said X": the verb right after a comma or a closing quote
  const comma = /(?:,\s*[”"»]?|[”"»]\s*,?)\s*$/u.exec(before);
  if (comma) {
    const speaker = speakerAfter(q, sentence, v.end);
    const span = statementSpan(q.text, { start: sentence.start, end: sentence.start + comma.index });
    return speaker && span ? { ...span, speaker, rule: 'quote:inverted', at: v.start } : null;
  }
  // "…, X said." / "…, X said on Monday." / "The attacks, X said, were …"
  const rest = q.text.slice(v.end, sentence.end);
  const restWords = wordsIn(q.text, { start: v.end, end: sentence.end });
  const parenthetical = /^\s*,/u.test(rest);
  if (!parenthetical && (restWords.length > 3 || restWords.some((w) => w.lower === 'that'))) return null;
  if (/^\s*:/u.test(rest)) return null;
  const subject = speakerBefore(q, sentence, v.start);
  if (!subject || subject.from <= sentence.start) return null;
  const end = parenthetical ? sentence.end : subject.from;
  const span = statementSpan(q.text, { start: sentence.start, end });
  return span ? { ...span, speaker: subject.speaker, rule: 'quote:inverted', at: v.start } : null;
}
