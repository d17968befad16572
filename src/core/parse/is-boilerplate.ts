import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES } from './lexicon/boilerplate.ts';
import { wordCount } from './looks-like-heading.ts';

/** Boilerplate is short; a long line that starts with "Share on" is someone's sentence. */
const MAX_WORDS = 16;

const LINES = new Set(BOILERPLATE_LINES);

/**
 * Whether a trimmed line is page furniture: a whole-line phrase ("Leave a Comment", "Related articles",
 * "Advertisement"), a short line with a furniture prefix ("Read also: …", "Click here to …"), or a line with no
 * letter or digit at all ("* * *", "———"). "Related talks resumed on Monday." is not.
 */
export function isBoilerplate(line: string): boolean {
  // Cheap test first: body paragraphs are long, and most lines of a digest are body paragraphs.
  if (line.length > 200 || wordCount(line) > MAX_WORDS) return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  const lower = line.toLowerCase().replace(/\s+/g, ' ');
  const bare = lower.replace(/[\s.:!…|»>›\-–—]+$/u, '').replace(/^[\s|»>›•\-–—]+/u, '');
  if (LINES.has(bare)) return true;
  // "0 Comments", "12 comments"
  if (/^\d+ comments?$/.test(bare)) return true;
  return BOILERPLATE_PREFIXES.some((prefix) => bare.startsWith(prefix) || lower.startsWith(prefix));
}
