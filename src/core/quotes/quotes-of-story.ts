import type { Mention, Quote } from '../schema.ts';
import { findStatements } from './find-statements.ts';
import type { QuoteText, SpeakerRef } from './statement.ts';

/** A speaker met in reading order, with the paragraph it was met in. */
interface Met {
  speaker: SpeakerRef;
  paragraph: number;
}

/** The last person and organization named so far: in the paragraph being read, and at the end of the one before. */
interface Named {
  person: SpeakerRef | null;
  organization: SpeakerRef | null;
}

/** Walks a paragraph's mentions (sorted) up to an offset, keeping the last person and organization passed. */
function namedWalker(q: QuoteText, before: Named): { upTo: (at: number) => Named; end: () => Named } {
  // the mentions passed, not speakers made of them: a paragraph passes many and is asked about few
  let person: Mention | null = null;
  let organization: Mention | null = null;
  let i = 0;
  const advance = (at: number) => {
    for (; i < q.mentions.length && (q.mentions[i]?.end ?? Infinity) <= at; i++) {
      const m = q.mentions[i];
      const type = m && q.typeOf(m.entityId);
      if (type === 'person') person = m ?? null;
      else if (type === 'organization') organization = m ?? null;
    }
  };
  const ref = (m: Mention | null): SpeakerRef | null =>
    m && { kind: 'entity', entityId: m.entityId, text: q.text.slice(m.start, m.end) };
  return {
    upTo(at) {
      advance(at);
      return { person: ref(person) ?? before.person, organization: ref(organization) ?? before.organization };
    },
    end() {
      advance(Infinity);
      return { person: ref(person), organization: ref(organization) };
    },
  };
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
  q: QuoteText,
  p: number,
  named: Named,
): SpeakerRef | null {
  const recent = last && last.paragraph >= p - 1 ? last.speaker : null;
  const typeOf = (s: SpeakerRef) => (s.kind === 'entity' ? q.typeOf(s.entityId) : undefined);
  if (pronoun === 'he' || pronoun === 'she') {
    if (recent && (recent.kind === 'phrase' || typeOf(recent) === 'person')) return recent;
    return named.person ?? { kind: 'phrase', text: pronoun };
  }
  if (pronoun === 'they') {
    if (recent && (recent.kind === 'phrase' || typeOf(recent) === 'organization')) return recent;
    return { kind: 'phrase', text: pronoun };
  }
  if (recent && typeOf(recent) === 'organization') return recent;
  return named.organization;
}

/** The quotes of a story's paragraphs (in reading order), pronouns resolved across paragraphs. */
export function quotesOfStory(texts: readonly QuoteText[]): Quote[][] {
  let last: Met | null = null;
  let before: Named = { person: null, organization: null };
  return texts.map((q, p) => {
    const out: Quote[] = [];
    const walker = namedWalker(q, before);
    for (const s of findStatements(q)) {
      const speaker =
        s.speaker.kind === 'pronoun' ? resolve(s.speaker.text, last, q, p, walker.upTo(s.at)) : s.speaker;
      if (!speaker || speaker.kind === 'pronoun') continue;
      last = { speaker, paragraph: p };
      out.push({
        start: s.start,
        end: s.end,
        speaker: { entityId: speaker.kind === 'entity' ? speaker.entityId : null, text: speaker.text },
        rule: s.speaker.kind === 'pronoun' ? `${s.rule}+pronoun` : s.rule,
      });
    }
    before = walker.end();
    return out;
  });
}
