import type { Candidate, TokenizedText } from '../candidate.ts';
import { makeCandidate } from '../rules/make-candidate.ts';
import { stripTitles } from '../rules/strip-titles.ts';
import { isTitleCase } from '../rules/cut-name-guard.ts';
import { CUES } from '../rules/cue-sets.ts';
import { classifyName, NAME_MODEL, type NameModel } from './classify-name.ts';
import { lowerCaseKeys, nameFeatures } from './name-features.ts';
import { nameSpans } from './name-spans.ts';

/** Below every rule's priority (0–5): where spans of equal length tie, a rule's reading wins. */
const MODEL_PRIORITY = -1;

/**
 * Names no list or cue finds, read by the statistical name model: "Ubisoft", "Hells Angels", a surname alone. Only
 * runs of capitals that no candidate of the rules (`taken`) touches are asked, so a known or cue-found name always
 * wins; a guess counts above the model's cross-validated threshold. Never in a headline written in title case
 * ("Opposition Leader Sent To Pretrial Detention"), where every word has a capital, nor on a lone capitalized function
 * word ("UNLESS", "However").
 */
export function nameModelRule(
  doc: TokenizedText,
  taken: readonly Candidate[],
  model: NameModel = NAME_MODEL,
): Candidate[] {
  const { tokens } = doc;
  if (isTitleCase(tokens)) return [];
  const spans = nameSpans(doc);
  if (spans.length === 0) return [];
  const used = new Uint8Array(tokens.length);
  for (const c of taken) used.fill(1, c.first, c.last);
  let lower: Set<string> | null = null;
  const out: Candidate[] = [];
  for (const span of spans) {
    let free = true;
    for (let k = span.first; k < span.last && free; k++) free = used[k] === 0;
    if (!free) continue;
    const head = tokens[span.first];
    if (!head || (span.last - span.first === 1 && CUES.functionWords.has(head.key))) continue;
    lower ??= lowerCaseKeys(doc);
    const guess = classifyName(nameFeatures(doc, span, lower), model);
    if (!guess.type || guess.p < model.header.threshold) continue;
    // "President Obama": titles are not part of a person's name
    const first = guess.type === 'person' ? stripTitles(doc, span).first : span.first;
    const c = makeCandidate(doc, first, span.last, guess.type, 'model:name', MODEL_PRIORITY);
    if (c) out.push(c);
  }
  return out;
}
