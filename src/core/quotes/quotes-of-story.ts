import type { Quote } from '../schema.ts';
import { findStatements } from './find-statements.ts';
import type { QuoteText, SpeakerRef } from './statement.ts';

/** A speaker met in reading order, with the paragraph it was met in. */
interface Met {
  speaker: SpeakerRef;
  paragraph: number;
}

/** The last mention of this type before `at` in paragraph `p`, looking back into the paragraph before it too. */
function lastNamed(texts: readonly QuoteText[], p: number, at: number, type: string): SpeakerRef | null {
  for (let k = p; k >= Math.max(0, p - 1); k--) {
    const q = texts[k];
    if (!q) continue;
    const ms = q.mentions.filter((m) => (k < p || m.end <= at) && q.typeOf(m.entityId) === type);
    const m = ms[ms.length - 1];
    if (m) return { kind: 'entity', entityId: m.entityId, text: q.text.slice(m.start, m.end) };
  }
  return null;
}

/**
 * A pronoun's speaker: "He added that …" is the previous speaker of this or the paragraph before ("the Ukrainian
 * prime minister said … / He added that …"), else the last person named; "they" a group or organization that
 * spoke, "it" an organization. Unresolved, "he" and "they" stay as written and "it" is dropped (a report, a
 * document).
 */
function resolve(
  pronoun: string,
  last: Met | null,
  texts: readonly QuoteText[],
  p: number,
  at: number,
): SpeakerRef | null {
  const recent = last && last.paragraph >= p - 1 ? last.speaker : null;
  const typeOf = (s: SpeakerRef) => (s.kind === 'entity' ? texts[p]?.typeOf(s.entityId) : undefined);
  if (pronoun === 'he' || pronoun === 'she') {
    if (recent && (recent.kind === 'phrase' || typeOf(recent) === 'person')) return recent;
    return lastNamed(texts, p, at, 'person') ?? { kind: 'phrase', text: pronoun };
  }
  if (pronoun === 'they') {
    if (recent && (recent.kind === 'phrase' || typeOf(recent) === 'organization')) return recent;
    return { kind: 'phrase', text: pronoun };
  }
  if (recent && typeOf(recent) === 'organization') return recent;
  return lastNamed(texts, p, at, 'organization');
}

/** The quotes of a story's paragraphs (in reading order), pronouns resolved across paragraphs. */
export function quotesOfStory(texts: readonly QuoteText[]): Quote[][] {
  let last: Met | null = null;
  return texts.map((q, p) => {
    const out: Quote[] = [];
    for (const s of findStatements(q)) {
      const speaker =
        s.speaker.kind === 'pronoun' ? resolve(s.speaker.text, last, texts, p, s.at) : s.speaker;
      if (!speaker || speaker.kind === 'pronoun') continue;
      last = { speaker, paragraph: p };
      out.push({
        start: s.start,
        end: s.end,
        speaker: { entityId: speaker.kind === 'entity' ? speaker.entityId : null, text: speaker.text },
        rule: s.speaker.kind === 'pronoun' ? `${s.rule}+pronoun` : s.rule,
      });
    }
    return out;
  });
}
