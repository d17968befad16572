import type { Token } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/**
 * Where the name starts after a role and its "of (the)": "CEO of the Northern Housing Trust",
 * "Secretary-General of the Arab League", "Chairman of the Western Water Board" → the token after "the"; -1 when
 * the run does not open with title words and "of" ("Ministry of Finance", "Bank of England": no title first).
 */
export function roleOfEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  let titles = 0;
  for (; k < last; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'word' && CUES.titles.has(t.key)) titles++;
    // "Secretary-General": a hyphen inside the title
    else if (!(t.text === '-' && titles > 0)) break;
  }
  if (titles === 0 || tokens[k]?.key !== 'of') return -1;
  k++;
  if (tokens[k]?.key === 'the') k++;
  return k < last ? k : -1;
}
