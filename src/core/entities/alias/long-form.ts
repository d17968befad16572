import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';
import type { BracketedAcronym } from './bracketed-acronyms.ts';
import { initials } from './initials.ts';
import { translitKey } from './translit-key.ts';

/**
 * The long form a short one stands for (`alias:acronym`): capitals once written in brackets after a name ("the
 * National Liberation Army (ELN)" … "The ELN"), or an acronym spelling the initials of exactly one organization of the
 * document ("Korean People's Army" … "KPA"). Two organizations with the same initials lend theirs to neither.
 */
export function longFormOf(
  texts: readonly AnnotatedText[],
  bracketed: readonly BracketedAcronym[],
): (c: Candidate) => Candidate | undefined {
  const shortForms = new Map<string, Candidate>();
  for (const b of bracketed) shortForms.set(translitKey(b.abbr), b.candidate);
  const spelled = new Map<string, Candidate | null>();
  for (const t of texts)
    for (const c of t.candidates) {
      if (c.known || c.value || c.type !== 'organization' || !c.name.includes(' ')) continue;
      const a = initials(c.name);
      if (a.length < 3) continue;
      const prev = spelled.get(a);
      spelled.set(a, prev === undefined || prev?.name === c.name ? c : null);
    }
  return (c) =>
    shortForms.get(translitKey(c.name)) ??
    (c.rule === 'cue:acronym' ? (spelled.get(c.name.replace(/\./g, '')) ?? undefined) : undefined);
}
