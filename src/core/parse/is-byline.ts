import { BYLINE_OPENERS } from './lexicon/boilerplate.ts';

/** Lowercase words inside a person's name or between two names: "Ana de Lima", "Tom Hale and Ana Lima". */
const NAME_CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'and',
  'y',
  'et',
]);
/** The longest credit line: "(Reporting by Ana Lima and Tom Hale in Lisbon; Editing by Mark Heinrich)". */
const MAX_CHARS = 160;

/** Openers, longest first so "additional reporting by" is not read as "by"; each followed by a space. */
const OPENERS = [...BYLINE_OPENERS].sort((a, b) => b.length - a.length);

/** Whether a run of words is only names: capitalized words and connectors, "in <Place>", commas, a "/AGENCY". */
function namesOnly(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 10) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every(
    (w) => /^\p{Lu}[\p{L}'’.-]*(?:\/\p{Lu}+)?,?$/u.test(w) || NAME_CONNECTORS.has(w) || w === 'in',
  );
}

/**
 * Whether a line is a byline or a credit line, page furniture around the story: "By Marta Oliveira", "By Ana Lima
 * and Tom Hale", "(Reporting by Ana Lima; Editing by Tom Hale)", "Par Claire Dubois". Every part after its opener
 * must be names only: "By Monday the talks had collapsed.", "By the numbers", "By land and sea" are not bylines.
 */
export function isByline(line: string): boolean {
  if (line.length > MAX_CHARS) return false;
  const bare = line.replace(/^\(+|\)+$/gu, '').trim();
  const parts = bare.split(/\s*;\s*/u);
  return parts.every((part) => {
    const lower = part.toLowerCase();
    const opener = OPENERS.find((o) => lower.startsWith(`${o} `));
    if (!opener) return false;
    return namesOnly(
      part
        .slice(opener.length + 1)
        .trim()
        .split(/\s+/u),
    );
  });
}
