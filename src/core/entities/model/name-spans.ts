import type { TokenizedText } from '../candidate.ts';
import { nameChunks, type Chunk } from '../rules/name-chunks.ts';
import type { NameSpan } from './name-features.ts';

/**
 * The spans the name model classifies: each run of capitals of `nameChunks`, a leading "the" left out ("the Rolling
 * Stones" → "Rolling Stones"). Training and run time both take their spans from here, so the model learns on the very
 * boundaries it will be shown.
 */
export function nameSpans(doc: TokenizedText, chunks: readonly Chunk[] = nameChunks(doc)): NameSpan[] {
  const out: NameSpan[] = [];
  for (const chunk of chunks) {
    const the = doc.tokens[chunk.first]?.key === 'the';
    const first = the ? chunk.first + 1 : chunk.first;
    if (first < chunk.last) out.push({ first, last: chunk.last, the });
  }
  return out;
}
