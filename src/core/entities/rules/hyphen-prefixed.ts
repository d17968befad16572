import type { Token } from '../candidate.ts';
import { CUES } from './cue-sets.ts';

/**
 * True when the word at `i` follows a modifier prefix and its hyphen, "pro-Beijing camp", "anti-Kremlin protests",
 * "Pro-Beijing": an adjective made of a name, which names no place or organization of its own.
 */
export function isHyphenPrefixed(tokens: readonly Token[], i: number): boolean {
  const hyphen = i >= 1 ? tokens[i - 1] : undefined;
  const prefix = i >= 2 ? tokens[i - 2] : undefined;
  const t = tokens[i];
  return (
    !!t &&
    !!hyphen &&
    !!prefix &&
    hyphen.text === '-' &&
    prefix.end === hyphen.start &&
    hyphen.end === t.start &&
    CUES.hyphenPrefixes.has(prefix.key)
  );
}
