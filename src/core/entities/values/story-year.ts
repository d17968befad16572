import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';

/**
 * Gives a year to the dates of one story that lack it ("February 24" → 2022-02-24), only when every full date the story
 * writes ("January 31, 2022", "August 2020") has the same year. A story with none, or with two years, keeps `--02-24`:
 * the seed's "February 24 … annexed in 2014" has no full date, and a bare year is no evidence.
 */
export function inferStoryYear(texts: readonly AnnotatedText[]): AnnotatedText[] {
  const years = new Set<string>();
  for (const t of texts)
    for (const c of t.candidates)
      if (c.value?.kind === 'date' && c.value.precision !== 'year') {
        const y = /^(\d{4})-/.exec(c.value.iso)?.[1];
        if (y) years.add(y);
      }
  const [year] = [...years];
  if (years.size !== 1 || !year) return [...texts];
  const withYear = (c: Candidate): Candidate =>
    c.value?.kind === 'date' && c.value.iso.startsWith('--')
      ? { ...c, rule: 'value:date-story-year', value: { ...c.value, iso: `${year}-${c.value.iso.slice(2)}` } }
      : c;
  return texts.map((t) => ({ doc: t.doc, candidates: t.candidates.map(withYear) }));
}
