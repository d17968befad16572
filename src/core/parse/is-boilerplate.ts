import {
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIXES,
  NOTICE_PREFIXES,
  SHARE_BUTTONS,
} from './lexicon/boilerplate.ts';
import { isByline } from './is-byline.ts';
import { isDivider } from './is-divider.ts';
import { wordCount } from './looks-like-heading.ts';

/** Boilerplate is short (a cookie notice is the longest); a long line that starts with "Share on" is a sentence. */
const MAX_WORDS = 40;
const MAX_CHARS = 300;
/** Whole-line phrases and button rows are this short; longer lines can only match a prefix. */
const SHORT_WORDS = 12;
/** Longer than the longest prefix, with room for the marks `lead` drops. */
const PREFIX_CHARS = 60;

const LINES = new Set(BOILERPLATE_LINES);
const BUTTONS = new Set(SHARE_BUTTONS);

/**
 * Whether a trimmed line is page furniture: a whole-line phrase ("Leave a Comment", "Related articles",
 * "Advertisement"), a short line with a furniture prefix ("Read also: …", "Click here to …"), or a divider row
 * ("* * *", "———", but not "★" or "###"), or a row of share buttons ("Facebook Twitter WhatsApp"). "Related talks
 * resumed on Monday." is not.
 */
export function isBoilerplate(line: string): boolean {
  // Cheap tests first: body paragraphs are long, and most lines of a digest are body paragraphs.
  if (line.length > MAX_CHARS) return false;
  const count = wordCount(line);
  if (count > MAX_WORDS) return false;
  // A long line is furniture only as a notice ("We use cookies …") or after a link prefix with its colon ("Read
  // also: …"); "Read also the report of the commission, which found …" is a sentence.
  if (count > SHORT_WORDS)
    return isLongNotice(lead(line.slice(0, PREFIX_CHARS).toLowerCase())) || isByline(line);
  // "* * *" is a divider; "★" or "🔥🔥🔥" alone may be a headline, and is read.
  if (!/[\p{L}\p{N}]/u.test(line)) return isDivider(line);
  const lower = line.toLowerCase().replace(/\s+/g, ' ');
  const bare = lead(lower).replace(/[\s.:!…|»>›\-–—]+$/u, '');
  if (LINES.has(bare)) return true;
  // "0 Comments", "12 comments"
  if (/^\d+ comments?$/.test(bare)) return true;
  const words = bare.split(/[\s|,:•·/]+/u);
  if (words.length > 1 && words.every((word) => BUTTONS.has(word))) return true;
  return hasPrefix(bare) || hasPrefix(lower) || isByline(line);
}

/** Drops what a page puts before a link: "» Read also: …", "| Share on …". */
function lead(lower: string): string {
  return lower.replace(/^[\s|»>›•\-–—]+/u, '');
}

function hasPrefix(lower: string): boolean {
  return BOILERPLATE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function isLongNotice(lower: string): boolean {
  return (
    NOTICE_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    BOILERPLATE_PREFIXES.some((prefix) => prefix.endsWith(':') && lower.startsWith(prefix))
  );
}
