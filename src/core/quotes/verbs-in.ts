import { wordsIn } from './chunk-words.ts';
import { NOT_AFTER, NOT_BEFORE, VERB_FORMS, type VerbForm } from './quote-words.ts';
import type { QuoteText, Span } from './statement.ts';

/** A speech verb in a sentence. */
export interface VerbAt extends Span {
  verb: VerbForm;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// lower case only: "Said Ahmed" is a name; a hyphen before is a compound: "the so-called plan"
const VERB = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${VERB_FORMS.map((v) => escape(v.form)).join('|')})(?![\\p{L}\\p{N}’'-])`,
  'gu',
);
const BY_FORM = new Map(VERB_FORMS.map((v) => [v.form, v]));

/** Stretches inside quotation marks: a verb there belongs to the quote, not to the text around it. */
export function quotedSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/“[^”]*”|«[^»]*»|"[^"]*"/gu))
    out.push({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * The speech verbs of a sentence that can attribute: not inside a name or a quotation, not a passive or an
 * adjective ("is said to be", "the said agreement"), not "told to leave".
 */
export function verbsIn(q: QuoteText, sentence: Span): VerbAt[] {
  const quoted = quotedSpans(q.text, sentence);
  const out: VerbAt[] = [];
  const slice = q.text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(VERB)) {
    const verb = BY_FORM.get(m[0]);
    if (!verb) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (q.mentions.some((x) => x.start < end && x.end > start)) continue;
    if (quoted.some((x) => x.start < start && x.end > end)) continue;
    const before = wordsIn(q.text, { start: Math.max(sentence.start, start - 40), end: start });
    if (NOT_BEFORE.has(before[before.length - 1]?.lower ?? '')) continue;
    const next = wordsIn(q.text, { start: end, end: Math.min(sentence.end, end + 40) }, 1)[0];
    if (next && next.start - end <= 1 && NOT_AFTER.has(next.lower)) continue;
    out.push({ start, end, verb });
  }
  return out;
}
