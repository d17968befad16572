import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { makeCandidate } from './make-candidate.ts';

/** Head words of a university system whose campuses are named after a comma. */
const SYSTEM_HEADS = new Set(['university', 'universidad', 'universidade', 'universite', 'universita']);

/**
 * `cue:campus-comma`: a university named after a state or province, then a comma and the city of its campus, is one
 * name: "the University of California, Berkeley", "the University of Wisconsin, Madison". The comma does not end it
 * where the city stands after a university named after a city ("the University of Sheffield, England" is no campus,
 * and England no city), nor where the run after the comma is no city the gazetteer knows. `found`: the candidates of
 * steps 2 and 3 (the organization over the first run, the region inside it, the city after the comma).
 */
export function campusCommaRule(
  doc: TokenizedText,
  chunks: readonly Chunk[],
  found: readonly Candidate[],
): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < chunks.length; i++) {
    const a = chunks[i];
    const b = chunks[i + 1];
    if (!a || !b || b.first !== a.last + 1 || tokens[a.last]?.text !== ',') continue;
    const first = tokens[a.first]?.key === 'the' ? a.first + 1 : a.first;
    // "University of California": the head word, "of", then a region the gazetteer knows, to the run's end
    if (!SYSTEM_HEADS.has(tokens[first]?.key ?? '') || tokens[first + 1]?.key !== 'of') continue;
    const region = found.some(
      (c) => c.rule === 'gazetteer:region' && c.first === first + 2 && c.last === a.last,
    );
    const city = found.some((c) => c.rule === 'gazetteer:city' && c.first === b.first && c.last === b.last);
    if (!region || !city) continue;
    const c = makeCandidate(doc, first, b.last, 'organization', 'cue:campus-comma', 3);
    if (c) out.push(c);
  }
  return out;
}
