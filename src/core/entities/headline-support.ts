import type { AnnotatedText } from './06-merge-aliases.ts';
import { isTitleCase } from './rules/cut-name-guard.ts';

/**
 * A headline or heading written in Title Case ("Opposition Leader Sent To Pretrial Detention") capitalizes every word,
 * so a run of capitals there says nothing: its names no list knows are kept only when the story's body writes them
 * the same way. Names the gazetteer knows and values stay; a headline in sentence case is left as it is. `titleCase`
 * says how the headline was written before true-casing lowered its words ("Drones Hit Energy Facility").
 */
export function headlineSupport(
  headline: AnnotatedText,
  body: string,
  titleCase = isTitleCase(headline.doc.tokens),
): AnnotatedText {
  if (!titleCase) return headline;
  const candidates = headline.candidates.filter(
    (c) => c.known || c.value !== null || body.includes(headline.doc.text.slice(c.start, c.end)),
  );
  return candidates.length === headline.candidates.length ? headline : { ...headline, candidates };
}
