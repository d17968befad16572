import type { Candidate, TokenizedText } from '../candidate.ts';
import { makeCandidate } from '../rules/make-candidate.ts';
import { stripTitles } from '../rules/strip-titles.ts';
import { isTitleCase } from '../rules/cut-name-guard.ts';
import { CUES } from '../rules/cue-sets.ts';
import { classifyName, NAME_MODEL, type NameModel } from './classify-name.ts';
import { lowerCaseKeys, nameFeatures } from './name-features.ts';
import { nameSpans } from './name-spans.ts';
import type { Chunk } from '../rules/name-chunks.ts';

/** Below every rule's priority (0–5): where spans of equal length tie, a rule's reading wins. */
const MODEL_PRIORITY = -1;

/** Candidates by the token they start at, and how far those starting at or before each token reach. */
export interface OverlapIndex {
  startsAt: (Candidate[] | undefined)[];
  /** `reach[k]`: the largest `last` of the candidates starting at token k or before. */
  reach: Int32Array;
}

/** Indexes candidates so a span's overlaps are found in its own length, not by a scan of them all. */
export function overlapIndex(candidates: readonly Candidate[], tokenCount: number): OverlapIndex {
  const startsAt: (Candidate[] | undefined)[] = new Array(tokenCount);
  const reach = new Int32Array(tokenCount);
  for (const c of candidates) {
    if (c.first >= tokenCount) continue;
    (startsAt[c.first] ??= []).push(c);
    reach[c.first] = Math.max(reach[c.first] ?? 0, c.last);
  }
  for (let k = 1; k < tokenCount; k++) reach[k] = Math.max(reach[k] ?? 0, reach[k - 1] ?? 0);
  return { startsAt, reach };
}

/**
 * True when the only candidates overlapping `span` are gazetteer names shorter than it, inside it: "Borussia Dortmund"
 * and "Gaza City" hold a known place; "Kyiv Mayor Vitali Klitschko" has a person too and is not asked.
 */
export function holdsOnlyShorterKnownNames(
  index: OverlapIndex,
  span: { first: number; last: number },
): boolean {
  // one that starts before the span and reaches into it
  if (span.first > 0 && (index.reach[span.first - 1] ?? 0) > span.first) return false;
  let any = false;
  for (let k = span.first; k < span.last; k++) {
    for (const c of index.startsAt[k] ?? []) {
      if (!c.known || c.last > span.last || c.last - c.first >= span.last - span.first) return false;
      any = true;
    }
  }
  return any;
}

/**
 * The rules' candidates read again by the statistical name model. It adds names no list or cue finds ("Skanska",
 * "Rolling Stones") on runs of capitals that no candidate touches, so a known or cue-found name wins; it drops a weak
 * rule's span ("in X", an acronym: the model's `vetoable`) that it is sure is no name ("UNLESS the court…"); and it
 * reads a run of capitals holding only shorter gazetteer names as one longer name when surer still ("Borussia
 * Dortmund" a club, not the city). Each above its threshold from cross-validation on GUM. Never in a headline
 * written in title case ("Opposition Leader Sent To Pretrial Detention"), nor on a lone capitalized function word.
 */
export function applyNameModel(
  doc: TokenizedText,
  candidates: Candidate[],
  model: NameModel = NAME_MODEL,
  chunks?: readonly Chunk[],
): Candidate[] {
  const { tokens } = doc;
  if (isTitleCase(tokens)) return candidates;
  const spans = nameSpans(doc, chunks);
  if (spans.length === 0) return candidates;
  const { threshold, vetoThreshold, extendThreshold, vetoable } = model.header;
  const used = new Uint8Array(tokens.length);
  for (const c of candidates) used.fill(1, c.first, c.last);
  const index = overlapIndex(candidates, tokens.length);
  let lower: Set<string> | null = null;
  const added: Candidate[] = [];
  let vetoed: Set<Candidate> | null = null;
  for (const span of spans) {
    let free = true;
    for (let k = span.first; k < span.last && free; k++) free = used[k] === 0;
    // a taken run of capitals is asked only when a weak rule's span is exactly it, or gazetteer names inside it
    const weak = free
      ? []
      : (index.startsAt[span.first] ?? []).filter((c) => c.last === span.last && vetoable.includes(c.rule));
    const longer = !free && weak.length === 0 && holdsOnlyShorterKnownNames(index, span);
    if (!free && weak.length === 0 && !longer) continue;
    const head = tokens[span.first];
    if (!head || (free && span.last - span.first === 1 && CUES.functionWords.has(head.key))) continue;
    lower ??= lowerCaseKeys(doc);
    const guess = classifyName(nameFeatures(doc, span, lower), model);
    if (weak.length > 0) {
      if (!guess.type && guess.p >= vetoThreshold) for (const c of weak) (vetoed ??= new Set()).add(c);
      continue;
    }
    if (!guess.type || guess.p < (longer ? extendThreshold : threshold)) continue;
    // "President Obama": titles are not part of a person's name
    const first = guess.type === 'person' ? stripTitles(doc, span).first : span.first;
    const c = makeCandidate(doc, first, span.last, guess.type, 'model:name', MODEL_PRIORITY);
    if (c) added.push(c);
  }
  if (!vetoed && added.length === 0) return candidates;
  const kept = vetoed ? candidates.filter((c) => !vetoed?.has(c)) : candidates;
  return kept.concat(added);
}
