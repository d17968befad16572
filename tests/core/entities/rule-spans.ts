import type { Candidate, TokenizedText } from '../../../src/core/entities/candidate.ts';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { nameChunks, type Chunk } from '../../../src/core/entities/rules/name-chunks.ts';

/** "surface/type" of each candidate, in text order, for table tests. */
export function show(doc: TokenizedText, cands: readonly (Candidate | null)[]): string[] {
  return cands
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => a.start - b.start)
    .map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
}

/** Runs a chunk rule on every run of capitals of `text`. */
export function chunkRule(
  text: string,
  rule: (doc: TokenizedText, chunk: Chunk) => Candidate | null,
): string[] {
  const doc = tokenize(text);
  return show(
    doc,
    nameChunks(doc).map((ch) => rule(doc, ch)),
  );
}
