import { wordsIn } from '../chunk-words.ts';
import { TRAILING } from '../quote-words.ts';
import { speakerAfter } from '../speaker-after.ts';
import { speakerBefore } from '../speaker-before.ts';
import { statementSpan } from '../statement-span.ts';
import type { QuoteText, Span, Statement } from '../statement.ts';
import type { VerbAt } from '../verbs-in.ts';

/** "in several states, including …": a third-person "-s" form other than "says" reads as a plural noun. */
export function isNounLike(v: VerbAt): boolean {
  return v.verb.lemma !== 'say' && !v.verb.participle && /s$/u.test(v.verb.form) && !/ed$/u.test(v.verb.form);
}

/**
 * The statement comes first and the attribution after it: "…, said Sergei Vojtkovic, a former railway worker",
 * "“…,” he said.", "The attacks, Azarov said, were simple."
 */
export function invertedSpeechRule(q: QuoteText, sentence: Span, v: VerbAt): Statement | null {
  if (v.verb.participle) return null;
  const before = q.text.slice(sentence.start, v.start);
  // "…, said X": the verb right after a comma or a closing quote
  const comma = /(?:,\s*[”"»]?|[”"»]\s*,?)\s*$/u.exec(before);
  // "…, told LA Weekly in a statement that": what follows "told" is the one spoken to
  if (comma && !v.verb.object && !isNounLike(v)) {
    const speaker = speakerAfter(q, sentence, v.end);
    const span = statementSpan(q.text, { start: sentence.start, end: sentence.start + comma.index });
    return speaker && span ? { ...span, speaker, rule: 'quote:inverted', at: v.start } : null;
  }
  // "…, X said." / "…, X said on Monday." / "The attacks, X said, were …"
  if (isNounLike(v)) return null;
  const rest = q.text.slice(v.end, sentence.end);
  const parenthetical = /^\s*,/u.test(rest);
  // "…, X said on Monday." ends there; "delaying the elections promised for August" does not (four words are
  // enough to tell: more than three is too many)
  if (!parenthetical) {
    const restWords = wordsIn(q.text, { start: v.end, end: sentence.end }, 4);
    const onlyTime = restWords.every(
      (w) => TRAILING.has(w.lower) || q.mentions.some((m) => m.start <= w.start && m.end >= w.end),
    );
    if (restWords.length > 3 || !onlyTime) return null;
  }
  if (/^\s*:/u.test(rest)) return null;
  const subject = speakerBefore(q, sentence, v.start);
  if (!subject || subject.from <= sentence.start) return null;
  if (parenthetical && !/,\s*$/u.test(q.text.slice(sentence.start, subject.from))) return null;
  const end = parenthetical ? sentence.end : subject.from;
  const span = statementSpan(q.text, { start: sentence.start, end });
  return span ? { ...span, speaker: subject.speaker, rule: 'quote:inverted', at: v.start } : null;
}
