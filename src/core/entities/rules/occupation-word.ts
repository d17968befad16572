import type { Token } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/** The endings of English words for a trade or a field: "Mathematician", "Novelist", "Photographer", "Sculptor". */
const OCCUPATION_ENDING = /(?:ian|ist|er|or)$/;

/**
 * True for the word of a trade that opens a sentence before a person's given name, capitalized only because the
 * sentence starts there: "Mathematician Hermann Weyl said of this testament", "Novelist Sarah Hale wrote". Not a
 * given name itself ("Hunter Biden", "Carter Page"), and only before a given name ("Baker Street" is no person).
 */
export function isOccupationWord(t: Token | undefined, next: Token | undefined): boolean {
  return (
    !!t &&
    !!next &&
    t.sentenceStart &&
    t.cap &&
    !t.allCaps &&
    t.key.length > 5 &&
    OCCUPATION_ENDING.test(t.key) &&
    !CUES.givenNames.has(t.key) &&
    next.cap &&
    CUES.givenNames.has(next.key)
  );
}
