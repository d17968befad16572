import type { AnnotatedText } from './06-merge-aliases.ts';
import { isTitleCase } from './rules/cut-name-guard.ts';
import type { Candidate } from './candidate.ts';

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
    (c) =>
      c.known ||
      c.value !== null ||
      (body.includes(headline.doc.text.slice(c.start, c.end)) && !readByBody(c, body)),
  );
  return candidates.length === headline.candidates.length ? headline : { ...headline, candidates };
}

/**
 * True for a person the capitals of a Title Case headline made ("River Plate Beat Boca Juniors": "River" is a given
 * name) whose words the body writes whole: the body's reading of them ("River Plate beat Boca Juniors 2-0", a club)
 * is the better one, and the sweep of step 7 links the headline's words to it.
 */
function readByBody(c: Candidate, body: string): boolean {
  return c.type === 'person' && c.rule === 'lexicon:given-name' && body.includes(c.name);
}
