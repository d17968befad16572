import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES, SHARE_BUTTONS } from './lexicon/boilerplate.ts';
import { wordCount } from './looks-like-heading.ts';

/** Boilerplate is short (a cookie notice is the longest); a long line that starts with "Share on" is a sentence. */
const MAX_WORDS = 40;
const MAX_CHARS = 300;

const LINES = new Set(BOILERPLATE_LINES);
const BUTTONS = new Set(SHARE_BUTTONS);

/**
 * Whether a trimmed line is page furniture: a whole-line phrase ("Leave a Comment", "Related articles",
 * "Advertisement"), a short line with a furniture prefix ("Read also: …", "Click here to …"), or a line with no
 * letter or digit at all ("* * *", "———"), or a row of share buttons ("Facebook Twitter WhatsApp"). "Related talks
 * resumed on Monday." is not.
 */
export function isBoilerplate(line: string): boolean {
  // Cheap test first: body paragraphs are long, and most lines of a digest are body paragraphs.
  if (line.length > MAX_CHARS || wordCount(line) > MAX_WORDS) return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  const lower = line.toLowerCase().replace(/\s+/g, ' ');
  const bare = lower.replace(/[\s.:!…|»>›\-–—]+$/u, '').replace(/^[\s|»>›•\-–—]+/u, '');
  if (LINES.has(bare)) return true;
  // "0 Comments", "12 comments"
  if (/^\d+ comments?$/.test(bare)) return true;
  const words = bare.split(/[\s|,:•·/]+/u);
  if (words.length > 1 && words.every((word) => BUTTONS.has(word))) return true;
  return BOILERPLATE_PREFIXES.some((prefix) => bare.startsWith(prefix) || lower.startsWith(prefix));
}
