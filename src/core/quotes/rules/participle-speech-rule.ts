import { wordsIn } from '../chunk-words.ts';
import { PRONOUNS } from '../quote-words.ts';
import { entitySpeaker, speakingMentions } from '../speaker-phrase.ts';
import { statementSpan } from '../statement-span.ts';
import type { QuoteText, Span, Statement } from '../statement.ts';
import type { VerbAt } from '../verbs-in.ts';

/**
 * "Putin has ordered …, saying he would rather …": the subject of the main clause speaks, taken as the first
 * person or organization that opens a phrase in it, or a pronoun the sentence opens with.
 */
export function participleSpeechRule(q: QuoteText, sentence: Span, v: VerbAt): Statement | null {
  if (!v.verb.participle) return null;
  if (!/,\s*$/u.test(q.text.slice(sentence.start, v.start))) return null;
  const main = { start: sentence.start, end: v.start };
  const named = speakingMentions(q, main).find((m) => !/^[’']s\b/u.test(q.text.slice(m.end, m.end + 3)));
  const opening = wordsIn(q.text, main)[0];
  const speaker = named
    ? entitySpeaker(q, named)
    : opening && PRONOUNS.has(opening.lower)
      ? { kind: 'pronoun' as const, text: opening.lower }
      : null;
  if (!speaker) return null;
  const rest = q.text.slice(v.end, sentence.end);
  // "adding the words “and Emergency” to the name" adds, it does not speak
  if (!v.verb.bare && !/^\s*(?:that\b|:|,?\s*[“"«])/u.test(rest)) return null;
  const that = /^\s*(?:that\b|:)?/u.exec(rest)?.[0].length ?? 0;
  const span = statementSpan(q.text, { start: v.end + that, end: sentence.end });
  return span ? { ...span, speaker, rule: 'quote:participle', at: v.start } : null;
}
