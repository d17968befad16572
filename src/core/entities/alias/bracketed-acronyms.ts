import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';

/** A candidate followed by capitals in brackets: where it is and the capitals. */
export interface BracketedAcronym {
  text: number;
  index: number;
  candidate: Candidate;
  abbr: string;
}

/**
 * "the National Liberation Army (ELN)", "the Korean People's Army [KPA]": each candidate of the document followed by
 * capitals in round or square brackets, which are its short form. Read once; both the short-form lookup of step 6 and
 * the forms handed to step 7 use it.
 */
export function bracketedAcronyms(texts: readonly AnnotatedText[]): BracketedAcronym[] {
  const out: BracketedAcronym[] = [];
  texts.forEach((t, ti) =>
    t.candidates.forEach((c, ci) => {
      const open = t.doc.tokens[c.last];
      const abbr = t.doc.tokens[c.last + 1];
      const close = t.doc.tokens[c.last + 2];
      const pair = (open?.text === '(' && close?.text === ')') || (open?.text === '[' && close?.text === ']');
      if (!c.value && pair && abbr?.allCaps && abbr.text.length >= 2)
        out.push({ text: ti, index: ci, candidate: c, abbr: abbr.text });
    }),
  );
  return out;
}
