import { splitChunks, wordsIn } from './chunk-words.ts';
import { APPOSITION_STARTS, PREPOSITIONS, RELATIVES } from './quote-words.ts';
import {
  cleanChunk,
  entitySpeaker,
  isAdverbial,
  speakerOfPhrase,
  speakingMentions,
} from './speaker-phrase.ts';
import type { QuoteText, SpeakerRef, Span } from './statement.ts';

/** A speaker found before its verb, and where the words naming it start. */
export interface SubjectFound {
  speaker: SpeakerRef;
  /** Offset where the subject's chunk starts (its appositions and relatives included). */
  from: number;
}

// "that" opens a clause with its own subject ("He said that Putin told …"), not a relative ("protests that rocked …")
const CLAUSE_THAT =
  /\bthat\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their|he|she|they|it)\s)|[:;]\s*|[”"»]\s*,?\s*/gu;

/** Where the subject of a verb can start: after the last clause "that", colon or closing quote before the verb. */
function subjectStretch(text: string, sentence: Span, verb: number): Span {
  const before = text.slice(sentence.start, verb);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_THAT)) start = (m.index ?? 0) + m[0].length;
  return { start: sentence.start + start, end: verb };
}

/** The person or organization a chunk ends with: "Sergei Shoigu" in "… minister, Sergei Shoigu, who had …". */
function endsWithSpeaker(q: QuoteText, chunk: Span): SpeakerRef | null {
  const { span } = cleanChunk(q.text, chunk);
  const ms = speakingMentions(q, span);
  const last = ms[ms.length - 1];
  return last && last.end === span.end ? entitySpeaker(q, last) : null;
}

/**
 * The speaker of a verb, read backwards from it: the chunk before it names the subject, unless it is an adverb
 * ("…, Sunday, unveiled"), a relative ("Sergei Shoigu, who had earlier told") or an apposition ("Yury Ravavoy,
 * a Belarusian activist …, said"), which point at the chunk before.
 */
export function speakerBefore(q: QuoteText, sentence: Span, verb: number): SubjectFound | null {
  const chunks = splitChunks(q.text, subjectStretch(q.text, sentence, verb));
  for (let k = chunks.length - 1; k >= 0; k--) {
    const chunk = chunks[k];
    if (!chunk) break;
    const words = cleanChunk(q.text, chunk).words;
    const first = words[0]?.lower ?? '';
    if (words.length === 0 || (k > 0 && isAdverbial(q.text, chunk))) continue;
    // "Suleiman al-Amr, in remarks to al-Ikhbariya television, said": a prepositional aside
    if (k > 0 && PREPOSITIONS.has(wordsIn(q.text, chunk)[0]?.lower ?? '')) continue;
    const prev = chunks[k - 1];
    // "The National Unity Government (NUG), formed by deposed lawmakers, said": a participle apposition
    const participle = /(?:ed|ing)$/u.test(first) && !q.mentions.some((m) => m.start === words[0]?.start);
    if (prev && (RELATIVES.has(first) || APPOSITION_STARTS.has(first) || participle)) {
      const named = endsWithSpeaker(q, prev);
      if (named) return { speaker: named, from: prev.start };
      if (RELATIVES.has(first)) {
        const speaker = speakerOfPhrase(q, prev);
        return speaker ? { speaker, from: prev.start } : null;
      }
    }
    // "Berlin defended it and insisted that": the subject opens the chunk
    const raw = wordsIn(q.text, chunk);
    const tail = raw[raw.length - 1]?.lower;
    if ((tail === 'and' || tail === 'but') && raw[0]) {
      const opening = q.mentions.find((m) => m.start === raw[0]?.start);
      if (opening)
        return { speaker: speakerOfPhrase(q, opening) ?? entitySpeaker(q, opening), from: chunk.start };
      const speaker = speakerOfPhrase(q, raw[0]);
      return speaker?.kind === 'pronoun' ? { speaker, from: chunk.start } : null;
    }
    const speaker = speakerOfPhrase(q, chunk);
    return speaker ? { speaker, from: chunk.start } : null;
  }
  return null;
}
