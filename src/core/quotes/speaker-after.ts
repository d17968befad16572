import { wordsIn } from './chunk-words.ts';
import { PREPOSITIONS, PRONOUNS } from './quote-words.ts';
import { entitySpeaker, speakerOfPhrase, speakingMentions } from './speaker-phrase.ts';
import type { QuoteText, SpeakerRef, Span } from './statement.ts';

/**
 * The speaker named after an inverted verb, up to the next comma or the sentence's end: "…, said Sergei Vojtkovic,
 * a former railway worker", "“…,” said the minister". Null when what follows is not a speaker ("said that").
 */
export function speakerAfter(q: QuoteText, sentence: Span, verbEnd: number): SpeakerRef | null {
  const rest = q.text.slice(verbEnd, sentence.end);
  const stop = rest.search(/[,;:“”"]|[.!?]\s*$/u);
  const span = { start: verbEnd, end: verbEnd + (stop < 0 ? rest.length : stop) };
  const words = wordsIn(q.text, span);
  const first = words[0];
  if (!first || first.lower === 'that' || PREPOSITIONS.has(first.lower)) return null;
  // "said the government was not blocking aid and accused …": a clause, not a speaker after the verb
  const clause = wordsIn(q.text, { start: verbEnd, end: sentence.end }, 10);
  if (words.length > 6 || clause.some((w) => w.lower === 'that')) return null;
  if (span.end < sentence.end && !/^[,;]|^[.!?]\s*$/u.test(q.text.slice(span.end, sentence.end))) return null;
  if (words.length === 1 && PRONOUNS.has(first.lower)) return { kind: 'pronoun', text: first.lower };
  const named = speakingMentions(q, span)[0];
  if (named) return entitySpeaker(q, named);
  return speakerOfPhrase(q, span);
}
