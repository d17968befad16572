import type { Token } from '../candidate.ts';
import { CUES } from './cue-sets.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/**
 * Index where a speaker's two-word name starts inside a run that a place or an organization opens, when a speech verb
 * follows or the name opens with a known given name ("Ambassador to the United States Erik Zaland, …"): "the United States Erik Zaland said", "spokesperson for the University of Texas Arlington Amneh Jafari
 * said"; else -1. Never "Amnesty International Secretary General Agnès Callamard said" (a title before the name keeps
 * it for the title rules), nor a run of three words or fewer ("Luiz Inacio Lula said").
 */
export function speakerAfterName(tokens: readonly Token[], first: number, last: number): number {
  const a = tokens[last - 2];
  const b = tokens[last - 1];
  // "Ambassador to the United States Erik Zaland, the …": a known given name says "person" without a verb
  if (!CUES.speechVerbs.has(tokens[last]?.key ?? '') && !CUES.givenNames.has(a?.key ?? '')) return -1;
  const start = tokens[first]?.key === 'the' ? first + 1 : first;
  if (last - start < 4 || !a || !b || a.kind !== 'word' || b.kind !== 'word' || !a.cap || !b.cap) return -1;
  if (a.allCaps || b.allCaps) return -1;
  const lead = tokens.slice(start, last - 2);
  const prev = lead[lead.length - 1];
  if (!prev || prev.kind !== 'word' || !prev.cap || CUES.titles.has(prev.key)) return -1;
  const { byKey } = gazetteerIndex();
  const isCue = (k: string): boolean =>
    CUES.orgSuffixes.has(k) || CUES.orgPrefixes.has(k) || CUES.featureSuffixes.has(k);
  // (a town may share a surname, "Lopez": only cue words and titles disqualify the two words)
  for (const w of [a, b]) if (isCue(w.key) || CUES.titles.has(w.key)) return -1;
  const leadKey = lead.map((t) => t.key).join(' ');
  return byKey.get(leadKey)?.type === 'place' || lead.some((t) => isCue(t.key)) ? last - 2 : -1;
}
