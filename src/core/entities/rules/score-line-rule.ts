import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/** How far a score may stand from the side it belongs to: "beat Boca Juniors 2-0", "beat the visitors from Boca 2-0". */
const REACH = 8;

/**
 * `context:score-line`: an unknown name on either side of a game with its score is a club: "River Plate beat Boca
 * Juniors 2-0", "Boca drew 1-1 with Fluminense", "a 3-1 win over Fluminense". A country or city the gazetteer knows
 * stays a place ("Kenya beat Uganda 2-1"); a given name first or a title is a player ("Borja beat two defenders")
 * and no score, no club. A
 * tennis set's score (6 or 7 games on one side) has players on both sides. Priority 3: the score is surer than a name model's reading of "River Plate" as a person.
 */
export function scoreLineRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  let first = chunk.first;
  if (tokens[first]?.key === 'the') first++;
  const before = tokenAt(tokens, first - 1);
  const after = tokens[chunk.last];
  const sideBefore = !!after && CUES.matchVerbs.has(after.key) && !after.cap;
  const sideAfter = !!before && CUES.matchVerbs.has(before.key) && !before.cap;
  if (!sideBefore && !sideAfter) return null;
  if (!scoreWithin(tokens, first - 1, -REACH) && !scoreWithin(tokens, chunk.last, REACH)) return null;
  const words = tokens.slice(first, chunk.last).filter((t) => t.kind === 'word');
  const head = words[0];
  if (!head || words.length > 4) return null;
  const { byKey, demonyms } = gazetteerIndex();
  if (byKey.has(wordsKey(words))) return null;
  if (words.some((w) => demonyms.has(w.key) || CUES.titles.has(w.key) || CUES.months.has(w.key))) return null;
  // "Boca Juniors beat River Plate 2-1": a given name first ("River") is a player's, unless the other side is a club
  if (
    CUES.givenNames.has(head.key) &&
    !clubOnOtherSide(tokens, sideBefore ? chunk.last + 1 : first - 2, sideBefore)
  )
    return null;
  return makeCandidate(doc, first, chunk.last, 'organization', 'context:score-line', 3);
}

/**
 * True when the other side of the match verb is a run of capitals that names no player: its first word no given name
 * nor title ("Boca Juniors" in "Boca Juniors beat River Plate 2-1"; not "Ronnie Hale beat Judd Marsh 10-7").
 * `from` is the token next to the verb on that side; `forward` reads away from the verb after it, else back before it.
 */
function clubOnOtherSide(tokens: readonly Token[], from: number, forward: boolean): boolean {
  let k = from;
  if (forward && tokens[k]?.key === 'the') k++;
  // the run's first word: the next one after the verb, else the earliest of the capitals before it
  let head: Token | undefined;
  for (let n = 0; n < 4; n++, k += forward ? 1 : -1) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.cap) break;
    head = t;
    if (forward) break;
  }
  return !!head && !CUES.givenNames.has(head.key) && !CUES.titles.has(head.key);
}

/** A set of tennis ends on 6 or 7 ("Tsitsipas beat Medvedev 6-3, 7-5"): its sides are players, not clubs. */
const TENNIS_SET = new Set(['6', '7']);

/** True when a score "2-0" / "1–1" stands within `reach` tokens of `from` (negative: backwards), in the same sentence. */
function scoreWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  const step = reach < 0 ? -1 : 1;
  for (let k = from, n = 0; n < Math.abs(reach); k += step, n++) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') return false;
    const dash = tokens[k + 1];
    const b = tokens[k + 2];
    if (
      t.kind === 'number' &&
      (dash?.text === '-' || dash?.text === '–') &&
      b?.kind === 'number' &&
      dash.start === t.end &&
      b.start === dash.end &&
      t.text.length <= 3 &&
      b.text.length <= 3 &&
      !TENNIS_SET.has(t.text) &&
      !TENNIS_SET.has(b.text)
    )
      return true;
  }
  return false;
}
