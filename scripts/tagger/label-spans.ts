import type { GoldParagraph } from './read-conllu.ts';
import type { NameSpan } from '../../src/core/entities/model/name-features.ts';
import type { TokenizedText } from '../../src/core/entities/candidate.ts';

/** The classes the model learns; 0 is "not a name". */
export const CLASSES = ['none', 'person', 'place', 'organization'] as const;

/** A lower-case word right after a span inside its mention: the span only modifies the mention's head. */
const HEAD_AFTER = /^\s*\p{Ll}/u;

/**
 * GUM's answer for one of our spans: the type of the smallest mention that holds the whole span, when that type is a
 * person, place or organization and the span has a proper noun in it; else "none". A span that crosses a mention's
 * edge ("Paris Hilton Hotel" where GUM marks "Paris Hilton") is "none", so the model learns to refuse spans cut
 * wrongly; so is a span before the mention's head noun ("the Armenian quarter", "a Nobel prize"). "Cuyahoga County" in
 * "in Cuyahoga County, Ohio, USA" takes that mention's type; "A" of "A city on Lake Erie" (a mention GUM links to
 * Wikipedia) is no name, for it has no proper noun.
 */
export function labelSpan(doc: TokenizedText, span: NameSpan, gold: GoldParagraph): number {
  const { text } = gold;
  const start = doc.tokens[span.first]?.start ?? 0;
  const end = doc.tokens[span.last - 1]?.end ?? 0;
  let best: GoldParagraph['mentions'][number] | null = null;
  for (const m of gold.mentions) {
    if (m.start > start || m.end < end) continue;
    if (!best || m.end - m.start < best.end - best.start) best = m;
  }
  if (!best) return 0;
  const c = (CLASSES as readonly string[]).indexOf(best.type);
  if (c <= 0) return 0;
  if (HEAD_AFTER.test(text.slice(end, best.end))) return 0;
  return gold.propn.some((p) => p.start < end && p.end > start) ? c : 0;
}
