import { lastMark, wordCount } from './looks-like-heading.ts';
import { opensWithNounPhrase } from './opens-with-noun-phrase.ts';

/** What is known about a heading-like line when deciding whether it opens a new story. */
export interface HeadingContext {
  /** The line, trimmed. */
  text: string;
  /** The next unit starts on the very next line ("Opposition reaction\nThe leader said …"). */
  attachedNext: boolean;
  /** The digest separates paragraphs with blank lines, so `attachedNext` means something. */
  usesBlankLines: boolean;
  /**
   * How much the names after the line (in it and in the paragraphs it heads) were already named in the current
   * story, from 0 (all new: another story) to 1 (all known: same story); null when there are no names to compare.
   */
  continuity: number | null;
  /** The paragraph after it opens with a source or dateline: "Anadolu Agency: The Red Crescent …". */
  nextOpensWithSource: boolean;
  /** Body paragraphs of the current story so far. */
  paragraphsInStory: number;
}

/** A line scoring this much or more opens a story. */
export const HEADLINE_THRESHOLD = 1.25;

/** "Hamas official: negotiations are at a standstill": a capitalized speaker or topic, a colon, then a statement. */
function hasTitleColon(text: string): boolean {
  const colon = text.indexOf(': ');
  return colon > 0 && /^[\p{Lu}\p{N}]/u.test(text) && wordCount(text.slice(colon + 2)) >= 2;
}

/** Whether the whole line is quoted: “Red lines”, "A new phase". */
function quoted(text: string): boolean {
  return /^["“«‘']/u.test(text) && /["”»’']$/u.test(text);
}

/**
 * Scores a heading-like line: positive reads as a story headline, negative as a section sub-heading. Headlines are
 * long and may end with "!" or "?"; sub-headings are short ("5 questions"), lowercase ("rescue efforts"), quoted
 * (“Red lines”), or sit directly on their paragraph. The strongest signal that generalizes is the topic: a new
 * story names new people and places.
 */
export function headlineScore(context: HeadingContext): number {
  const { text } = context;
  let score = 0;
  const words = wordCount(text);
  const mark = lastMark(text);
  // "Will oil prices rise again after the OPEC+ decision?" is a headline; "Who is responsible?" a sub-heading.
  if (mark === '?' || mark === '!') score += words >= 8 ? 3 : words >= 5 ? 2 : 1;
  const colon = hasTitleColon(text);
  if (colon) score += 1;
  // "What the ruling means for Israel", "How a strike became a crisis": an explainer's headline, no "?" needed.
  if (mark !== '?' && words >= 5 && /^(what|why|how|who|where|when)\s/iu.test(text)) score += 0.5;
  // "The position of the African Union": a topic, not an event; headlines say what happened.
  if (mark !== '?' && mark !== '!' && !colon && opensWithNounPhrase(text)) score -= 1;
  if (/^\p{Ll}/u.test(text)) score -= 4;
  if (quoted(text)) score -= 3;
  if (words <= 3) score -= 2;
  else if (words <= 5) score -= 1;
  else if (words >= 8) score += 1;
  if (context.attachedNext && context.usesBlankLines) score -= 1;
  if (context.nextOpensWithSource) score += 4;
  if (context.continuity !== null) score += 2 - 4 * context.continuity;
  // A story has a body: a second title line right under a headline is its standfirst or first sub-heading.
  if (context.paragraphsInStory === 0) score -= 3;
  return score;
}
