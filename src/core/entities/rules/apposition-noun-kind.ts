import type { Token } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/** How far an apposition's head noun may stand from its article: "a helpful free weekly publication". */
const REACH = 6;

/**
 * The kind of thing an apposition after a name says it is, from the lower-case noun that ends it before a comma or
 * period: "Harbor Today, a helpful weekly publication," an organization; "Port Elma, a quiet town near the coast," a
 * place (a place noun anywhere in it); "Mara Quist, a former minister," neither, so a person's reading stands. `from`
 * is the token after the comma.
 */
export function appositionNounKind(tokens: readonly Token[], from: number): 'organization' | 'place' | null {
  for (let k = from; k < Math.min(tokens.length, from + REACH); k++) {
    const t = tokens[k];
    if (!t) return null;
    if (
      t.kind === 'word' &&
      !t.cap &&
      k > from &&
      (CUES.containers.has(t.key) || CUES.regionNouns.has(t.key))
    )
      return 'place';
    if (t.text === ',' || t.text === '.') {
      const prev = tokens[k - 1];
      return prev && !prev.cap && CUES.appositionNouns.has(prev.key) ? 'organization' : null;
    }
    if (t.kind === 'word' && t.cap && k > from) return null;
  }
  return null;
}
