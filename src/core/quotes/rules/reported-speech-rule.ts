import { wordsIn } from '../chunk-words.ts';
import { BARE_BLOCKERS, FINITE_VERBS, OBJECT_WORDS, VERB_FORM_SET } from '../quote-words.ts';
import { speakerBefore } from '../speaker-before.ts';
import { statementSpan } from '../statement-span.ts';
import type { QuoteText, Span, Statement } from '../statement.ts';
import type { VerbAt } from '../verbs-in.ts';

/** Where the reported words start after the verb, or -1: "that …", ": …", "“…”", or a bare clause ("said the attacks …"). */
function complementStart(q: QuoteText, sentence: Span, v: VerbAt): number {
  const rest = q.text.slice(v.end, sentence.end);
  // "unveiled. that the Russian forces": a stray stop before "that" is a translation's, not a sentence's
  const direct = /^[.,]?\s*(?:that\b|:|[“"«])/u.exec(rest);
  if (direct) return v.end + direct[0].length - (/[“"«]$/u.test(direct[0]) ? 1 : 0);
  // "told Putin that", "wrote on Facebook that", "said in a statement on Monday that"
  const words = wordsIn(q.text, { start: v.end, end: sentence.end }, 8);
  const that = words.findIndex((w) => w.lower === 'that');
  // "Recent reports have revealed that": another verb between them owns the "that"
  const between = words.slice(0, Math.max(0, that));
  if (
    that > 0 &&
    !/[.;:!?“”"]/u.test(q.text.slice(v.end, words[that]?.start)) &&
    !between.some((w) => FINITE_VERBS.has(w.lower) || VERB_FORM_SET.has(w.lower))
  )
    return words[that]?.end ?? -1;
  const next = words[0];
  if (/s$/u.test(v.verb.form) && v.verb.lemma !== 'say') return -1;
  if (!v.verb.bare || !next || words.length < 3 || BARE_BLOCKERS.has(next.lower)) return -1;
  if (/^\s*,/u.test(rest)) return -1;
  if (!v.verb.object) return next.start;
  // "told CBC News the department will …", "told reporters he would …": the statement follows the one told
  const told = q.mentions.find((m) => m.start === next.start);
  if (told) return told.end;
  return OBJECT_WORDS.has(next.lower) ? next.end : -1;
}

/** "X said (that) …", "He added that …", "Aristovich wrote on Facebook that “…”": the subject before the verb speaks. */
export function reportedSpeechRule(q: QuoteText, sentence: Span, v: VerbAt): Statement | null {
  if (v.verb.participle) return null;
  const from = complementStart(q, sentence, v);
  if (from < 0) return null;
  const subject = speakerBefore(q, sentence, v.start);
  if (!subject) return null;
  const span = statementSpan(q.text, { start: from, end: sentence.end });
  return span ? { ...span, speaker: subject.speaker, rule: 'quote:reported', at: v.start } : null;
}
