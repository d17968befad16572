import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';
import { personSurnames } from './person-surnames.ts';
import { translitKey } from './translit-key.ts';

/**
 * "Orlando" (a city in the gazetteer) or "Kessler" (read as an outlet) in a digest that names "Marco Orlando" and
 * "Anna Kessler": the lone surname is the person (`alias:person-surname`); a country ("Jordan", priority 5) keeps its
 * reading. Returns the candidates of each text, retyped where the rule fires.
 */
export function retypeSurnames(texts: readonly AnnotatedText[]): Candidate[][] {
  const surnames = personSurnames(texts);
  const asPerson = (t: AnnotatedText, c: Candidate): Candidate | null => {
    if (c.type === 'person' || c.value || c.last - c.first !== 1 || (c.known && c.priority >= 5)) return null;
    const surface = t.doc.text.slice(c.start, c.end);
    if (!surnames.has(translitKey(surface))) return null;
    return { ...c, type: 'person', name: surface, known: false, rule: 'alias:person-surname' };
  };
  return texts.map((t) => t.candidates.map((c) => asPerson(t, c) ?? c));
}
