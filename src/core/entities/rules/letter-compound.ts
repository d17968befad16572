import type { Token } from '../candidate.ts';

/** "T-shirt", "U-turn", "X-ray": a single capital hyphened to a lower-case word is a common noun. */
export function isLetterCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    t?.text.length === 1 &&
    hyphen?.text === '-' &&
    hyphen.start === t.end &&
    after?.kind === 'word' &&
    !after.cap &&
    after.start === hyphen.end
  );
}
