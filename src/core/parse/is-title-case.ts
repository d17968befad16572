import MINOR_WORDS from './lexicon/title-case-minor-words.json' with { type: 'json' };

/** Short words Title Case leaves lowercase: "Talks Break Down in Vienna", "Crossing Reopens for Trucks". */
const MINOR: ReadonlySet<string> = new Set(MINOR_WORDS);

/**
 * Whether a line is written in Title Case, every word but minor ones capitalized: "Border Crossing Reopens For
 * Trucks", "Talks Break Down in Vienna". Not sentence case ("Border crossing reopens for trucks"), nor a line of
 * fewer than three words that could be a name ("New Zealand").
 */
export function isTitleCase(line: string): boolean {
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /^\p{L}/u.test(w));
  const major = words.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
  if (major.length < 3) return false;
  return major.every((w) => /^\p{Lu}/u.test(w));
}
