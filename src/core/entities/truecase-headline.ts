import type { Token, TokenizedText } from './candidate.ts';
import { CUES } from './rules/cue-sets.ts';
import { isTitleCase } from './rules/cut-name-guard.ts';

/**
 * Reads a Title-Case headline ("Protesters Clash With Police As Ivan Petrov Says He Will Stay") with the case its
 * story's body gives each word: a word the body writes only in lower case mid-sentence ("clash", "police"), and a
 * function word ("With", "As"), is no capital; words the body never writes, or writes capitalized, keep theirs. A
 * headline in sentence case is returned as it is.
 */
export function truecaseHeadline(headline: TokenizedText, body: readonly TokenizedText[]): TokenizedText {
  if (!isTitleCase(headline.tokens)) return headline;
  const { lower, upper } = casesOf(body);
  const isLower = (t: Token): boolean =>
    CUES.functionWords.has(t.key) || (lower.has(t.key) && !upper.has(t.key));
  const tokens = headline.tokens.map((t, i) =>
    i > 0 && t.kind === 'word' && t.cap && !t.allCaps && isLower(t) ? { ...t, cap: false } : t,
  );
  return { text: headline.text, tokens };
}

interface Cases {
  lower: Set<string>;
  upper: Set<string>;
}

/** Per body (one array a story), so a story of many Title-Case headings reads its body once. */
const seen = new WeakMap<readonly TokenizedText[], Cases>();

/** Keys of the words a body writes in lower case, and capitalized, mid-sentence. */
function casesOf(body: readonly TokenizedText[]): Cases {
  const known = seen.get(body);
  if (known) return known;
  const cases: Cases = { lower: new Set(), upper: new Set() };
  for (const d of body)
    for (const t of d.tokens) {
      if (t.kind !== 'word' || t.sentenceStart) continue;
      (t.cap ? cases.upper : cases.lower).add(t.key);
    }
  seen.set(body, cases);
  return cases;
}
