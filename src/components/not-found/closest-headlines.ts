import { foldText } from '../../core/text/fold-text.ts';

const fold = (s: string) =>
  foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${fold(text)} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/** The `limit` stories whose headline looks most like `wanted` (a mistyped id or title), best first. */
export function closestHeadlines<T extends { id: string; title: string }>(
  wanted: string,
  stories: readonly T[],
  limit = 3,
): T[] {
  return stories
    .map((story, order) => ({
      story,
      order,
      score: Math.max(similarity(wanted, story.title), similarity(wanted, story.id)),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.story);
}
