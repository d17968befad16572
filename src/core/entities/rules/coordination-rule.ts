import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { tokenAt } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';

/** Words between two names of one list: "Tel Aviv, Ashkelon and Sderot", "from Rafah to Erez". */
const SEPARATORS = new Set([',', 'and', 'or']);

/** One number for a token span, as a map key (a paragraph has far fewer than 2²⁴ tokens). */
const spanKey = (first: number, last: number): number => first * 16_777_216 + last;

/**
 * `context:coordination`: a name no rule typed, listed with a place or a person, is one too: "toward Tel Aviv, Ashkelon
 * and Sderot" (Sderot a place), "killed Tayseer al-Jabari and Khaled Mansour, two commanders" (both people once one is),
 * "from Rafah to Erez". A person needs two words at least; a list member at a sentence start or with a candidate of
 * its own is left alone; only places and people spread ("Germany and Cyber Partisans" types nothing).
 */
export function coordinationRule(
  doc: TokenizedText,
  chunks: readonly Chunk[],
  found: readonly Candidate[],
): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  // Looked up, not searched for each chunk: a 5 MB line of names had ~10⁵ chunks × 10⁵ candidates (minutes).
  const exact = new Map<number, Candidate>();
  for (const f of found) if (!exact.has(spanKey(f.first, f.last))) exact.set(spanKey(f.first, f.last), f);
  const covered = coveredTokens(tokens.length, found);
  const typed = chunks.map((ch) => {
    const a = tokens[ch.first]?.key === 'the' ? ch.first + 1 : ch.first;
    const c = exact.get(spanKey(a, ch.last));
    if (c) return c.type;
    const last = Math.min(ch.last, tokens.length);
    return last > ch.first && (covered[last] ?? 0) - (covered[ch.first] ?? 0) > 0 ? 'taken' : null;
  });
  const link = (i: number, j: number): boolean => {
    const a = chunks[i];
    const b = chunks[j];
    if (!a || !b) return false;
    const gap = b.first - a.last;
    const x = tokens[a.last]?.key;
    // ",", "and", "or", ", and", ", or"
    if (gap === 1) {
      if (x !== undefined && SEPARATORS.has(x)) return true;
      // "from Rafah to Erez"
      return x === 'to' && tokenAt(tokens, a.first - 1)?.key === 'from';
    }
    const y = tokens[a.last + 1]?.key;
    return gap === 2 && x === ',' && (y === 'and' || y === 'or');
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < chunks.length; i++) {
      const ch = chunks[i];
      if (!ch || typed[i] !== null) continue;
      const head = tokens[ch.first];
      if (!head || head.sentenceStart) continue;
      const words = tokens.slice(ch.first, ch.last).filter((t) => t.kind === 'word');
      if (words.some((w) => CUES.months.has(w.key) || CUES.weekdays.has(w.key))) continue;
      // "after North and South Korea exchanged fire": a lone compass word shares the next name's head, no place of its own
      if (words.length === 1 && CUES.compass.has(words[0]?.key ?? '')) continue;
      // the run before, else the one after, typed a place or person and listed with this one
      const before = i > 0 ? typed[i - 1] : null;
      const after = i + 1 < typed.length ? typed[i + 1] : null;
      const type =
        (before === 'place' || before === 'person') && link(i - 1, i)
          ? before
          : (after === 'place' || after === 'person') && link(i, i + 1)
            ? after
            : null;
      if (type === null) continue;
      // "Raymond Chan of People Power, and Leung Kwok-hung": a name after "of" is a complement, not a listed person
      if (type === 'person' && tokenAt(tokens, ch.first - 1)?.key === 'of') continue;
      if (type === 'person' ? words.length < 2 || words.length > 4 : words.length > 3) continue;
      const c = makeCandidate(doc, ch.first, ch.last, type, 'context:coordination', 0);
      if (c) {
        out.push(c);
        typed[i] = type;
      }
    }
  }
  return out;
}

/** Prefix counts of the tokens some candidate covers: `c[j] - c[i]` of them lie in tokens `i..j-1`. */
function coveredTokens(count: number, found: readonly Candidate[]): Int32Array {
  const delta = new Int32Array(count + 1);
  for (const f of found) {
    const first = Math.max(0, f.first);
    const last = Math.min(count, f.last);
    if (first >= last) continue;
    delta[first] = (delta[first] ?? 0) + 1;
    delta[last] = (delta[last] ?? 0) - 1;
  }
  const prefix = new Int32Array(count + 1);
  let depth = 0;
  let sum = 0;
  for (let t = 0; t < count; t++) {
    depth += delta[t] ?? 0;
    if (depth > 0) sum++;
    prefix[t + 1] = sum;
  }
  return prefix;
}
