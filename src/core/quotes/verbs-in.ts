import { wordsIn } from './chunk-words.ts';
import { NOT_AFTER, NOT_BEFORE, type VerbForm } from './quote-words.ts';
import { speechVerbForms } from './speech-verb-forms.ts';
import type { QuoteText, Span } from './statement.ts';

/** A speech verb in a sentence. */
export interface VerbAt extends Span {
  verb: VerbForm;
}

const QUOTED = /“[^”]*”|«[^»]*»|"[^"]*"/gu;

/** Stretches inside quotation marks: a verb there belongs to the quote, not to the text around it. */
export function quotedSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(QUOTED))
    out.push({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * The speech verbs of a sentence that can attribute: not inside a name or a quotation, not a passive or an
 * adjective ("is said to be", "the said agreement"), not "told to leave".
 */
export function verbsIn(q: QuoteText, sentence: Span): VerbAt[] {
  // most sentences have no speech verb: their quotations are not looked for
  let quoted: Span[] | null = null;
  const out: VerbAt[] = [];
  for (const { start, end, verb } of speechVerbForms(q.text, sentence)) {
    if (q.mentions.some((x) => x.start < end && x.end > start)) continue;
    quoted ??= quotedSpans(q.text, sentence);
    if (quoted.some((x) => x.start < start && x.end > end)) continue;
    const before = wordsIn(q.text, { start: Math.max(sentence.start, start - 40), end: start });
    if (NOT_BEFORE.has(before[before.length - 1]?.lower ?? '')) continue;
    const next = wordsIn(q.text, { start: end, end: Math.min(sentence.end, end + 40) }, 1)[0];
    if (next && next.start - end <= 1 && NOT_AFTER.has(next.lower)) continue;
    out.push({ start, end, verb });
  }
  return out;
}
