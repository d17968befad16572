import type { Token, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';

/** The words of a run of capitals as the cue rules read it: a leading "the" left out of the name. */
export interface ChunkWords {
  /** Token index the name starts at: the chunk's first, or the one after its "the". */
  first: number;
  /** Its word tokens (hyphens and possessives left out), at least one. */
  words: Token[];
  head: Token;
  tail: Token;
}

/**
 * The skeleton the cue rules share ("the Azov Sea", "The Iraqi Ministry of Water Resources"): drop a leading "the",
 * keep the word tokens; null when no word is left. One pass over the tokens, no intermediate slice.
 */
export function chunkWords(doc: TokenizedText, chunk: Chunk): ChunkWords | null {
  const { tokens } = doc;
  let first = chunk.first;
  if (tokens[first]?.key === 'the') first++;
  const words: Token[] = [];
  for (let k = first; k < chunk.last; k++) {
    const t = tokens[k];
    if (t?.kind === 'word') words.push(t);
  }
  const head = words[0];
  const tail = words[words.length - 1];
  return head && tail ? { first, words, head, tail } : null;
}

/**
 * The gazetteer key of a run of words: their keys joined by spaces. A lone word's key is the token's own string, whose
 * hash the lookups before have already computed; joining would make a fresh string to hash again.
 */
export function wordsKey(words: readonly Token[]): string {
  if (words.length === 1) return words[0]?.key ?? '';
  return words.map((w) => w.key).join(' ');
}

/**
 * The token at `i`, or undefined before the first: `tokens[-1]` is no array element but a property named "-1" that
 * V8 looks for up the prototype chain, many times slower, and runs of capitals often open a text.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}
