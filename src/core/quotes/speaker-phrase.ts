import type { Mention } from '../schema.ts';
import { wordsIn, type Word } from './chunk-words.ts';
import {
  FINITE_VERBS,
  HEAD_PREPOSITIONS,
  LEADING,
  PRONOUNS,
  RELATIVES,
  SOURCE_NOUNS,
  SUBORDINATORS,
  TRAILING,
} from './quote-words.ts';
import type { QuoteText, SpeakerRef, Span } from './statement.ts';

/** The types that can speak: a place ("Berlin insisted") stands for its government and stays a phrase. */
const SPEAKING = new Set(['person', 'organization']);

/** The leading connectives as word lists, split once, longest first as LEADING is. */
const LEADING_WORDS = LEADING.map((lead) => lead.split(' '));

/** Whether `words` from `from` on are `parts` ("in", "turn"); a loop, not `every`: this runs per connective per chunk. */
function startsWithWords(words: readonly Word[], from: number, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (words[from + i]?.lower !== parts[i]) return false;
  return true;
}

/** A chunk without its connectives before ("In turn", "Meanwhile") and adverbs after ("had earlier", "today"). */
export function cleanChunk(text: string, span: Span): { span: Span; words: Word[] } {
  let words = wordsIn(text, span);
  // connectives are dropped by moving where the words start, and adverbs by where they end: one copy at the end
  let from = 0;
  let to = words.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const parts of LEADING_WORDS) {
      if (to - from > parts.length && startsWithWords(words, from, parts)) {
        from += parts.length;
        changed = true;
        break;
      }
    }
  }
  while (to - from > 1 && TRAILING.has(words[to - 1]?.lower ?? '')) to--;
  if (from > 0 || to < words.length) words = words.slice(from, to);
  // "… went to the station where they claimed": the subject follows the last subordinator
  const sub = words.findLastIndex((w, i) => i < words.length - 1 && SUBORDINATORS.has(w.lower));
  if (sub >= 0) words = words.slice(sub + 1);
  const first = words[0];
  const last = words[words.length - 1];
  return {
    span: first && last ? { start: first.start, end: last.end } : { start: span.end, end: span.end },
    words,
  };
}

/** Whether every word of a chunk is a time word or an adverb: "Sunday", "on Monday", "earlier". */
export function isAdverbial(text: string, span: Span): boolean {
  const words = wordsIn(text, span);
  return words.every((w) => TRAILING.has(w.lower) || /^\d+$/.test(w.lower));
}

/** Person and organization mentions inside a span. */
export function speakingMentions(q: QuoteText, span: Span): Mention[] {
  return q.mentions.filter(
    (m) => m.start >= span.start && m.end <= span.end && SPEAKING.has(q.typeOf(m.entityId) ?? ''),
  );
}

/** Whether the mention is the head of its phrase: not "Putin’s spokesman", not "a spokesman for Gazprom". */
function isHead(q: QuoteText, m: Mention, span: Span): boolean {
  if (/^[’']s\b/u.test(q.text.slice(m.end, m.end + 3))) return false;
  const before = wordsIn(q.text, { start: span.start, end: m.start });
  const last = before[before.length - 1]?.lower ?? '';
  const second = before[before.length - 2]?.lower ?? '';
  return !HEAD_PREPOSITIONS.has(last) && !(last === 'the' && HEAD_PREPOSITIONS.has(second));
}

/** An entity speaker from a mention. */
export function entitySpeaker(q: QuoteText, m: Mention): SpeakerRef {
  return { kind: 'entity', entityId: m.entityId, text: q.text.slice(m.start, m.end) };
}

/**
 * The speaker a subject phrase names: its last person or organization that heads it ("spokeswoman Yuliana
 * Shemitowitz"), a pronoun, or the words themselves ("separatists in the Donetsk region"). Null for a source
 * ("the analysis", "a report by …") or for words that cannot be a subject.
 */
export function speakerOfPhrase(q: QuoteText, raw: Span): SpeakerRef | null {
  const { span, words } = cleanChunk(q.text, raw);
  if (words.length === 0) return null;
  const heads = speakingMentions(q, span).filter((m) => isHead(q, m, span));
  const m = heads[heads.length - 1];
  if (m) {
    // "Putin met Biden and officials said": the speakers come after the conjunction
    const after = wordsIn(q.text, { start: m.end, end: span.end }).filter((w) => !TRAILING.has(w.lower));
    const conj = after.findIndex((w) => w.lower === 'and' || w.lower === 'but');
    if (conj >= 0 && conj < after.length - 1)
      return phrase(q, { start: after[conj + 1]?.start ?? m.end, end: span.end });
    // "Scientology officials said": the name only qualifies the speakers
    const next = after[0];
    if (next && !HEAD_PREPOSITIONS.has(next.lower) && !/^[,(]/u.test(q.text.slice(m.end).trimStart()))
      return phrase(q, span);
    return entitySpeaker(q, m);
  }
  return phrase(q, span);
}

/** Words as an unnamed speaker, when they can be one. */
function phrase(q: QuoteText, span: Span): SpeakerRef | null {
  let words = wordsIn(q.text, span);
  const rel = words.findIndex((w, i) => i > 0 && RELATIVES.has(w.lower));
  if (rel > 0) words = words.slice(0, rel);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (words.length === 1 && PRONOUNS.has(first.lower)) return { kind: 'pronoun', text: first.lower };
  if (words.length > 10) return null;
  // "The broadcasts began on August 10 and South Korea said": a long phrase with a conjunction is two clauses
  const conj = words.findLastIndex((w) => w.lower === 'and' || w.lower === 'but');
  if (words.length > 5 && conj > 0 && conj < words.length - 1)
    return phrase(q, { start: words[conj + 1]?.start ?? span.start, end: span.end });
  if (words.some((w) => FINITE_VERBS.has(w.lower))) return null;
  if (words.length === 1 && ['and', 'but', 'or'].includes(first.lower)) return null;
  if (
    ['it', 'there', 'this', 'that', 'these', 'those', 'i', 'we', 'you', 'which', 'what'].includes(first.lower)
  )
    return null;
  if (words.slice(0, 4).some((w) => SOURCE_NOUNS.has(w.lower))) return null;
  if (/according to/iu.test(q.text.slice(first.start, last.end))) return null;
  if (!/\p{L}/u.test(q.text.slice(first.start, last.end))) return null;
  return { kind: 'phrase', text: q.text.slice(first.start, last.end) };
}
