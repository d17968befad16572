import { hasEventVerb } from './has-event-verb.ts';
import type { HeadingContext } from './heading-context.ts';
import { isResultLine } from './is-result-line.ts';
import { isTitleCase } from './is-title-case.ts';
import { lastMark, wordCount } from './looks-like-heading.ts';
import { opensWithNounPhrase } from './opens-with-noun-phrase.ts';

/**
 * The signals a heading is read by, each near [-1, 1]; their weights are calibrated on labelled digests
 * (`scripts/structure/calibrate-structure.ts`), not set by hand.
 */
export const HEADING_FEATURES = [
  /** "Who is responsible?" */
  'question',
  /** "Will oil prices rise again after the OPEC+ decision?": a long question or exclamation. */
  'longQuestion',
  /** "What do the blocs want?", "Who brought the case?": a short wh-question a section answers. */
  'shortWhQuestion',
  /** "Hamas official: negotiations are at a standstill". */
  'titleColon',
  /** "What the ruling means for Israel". */
  'explainer',
  /** "The position of the African Union": a topic, not an event. */
  'nounPhrase',
  /** "rescue efforts". */
  'lowercase',
  /** “Red lines”. */
  'quoted',
  /** "5 questions". */
  'words3',
  'words5',
  'words8',
  /** "Opposition reaction\nThe leader said …" in a digest with blank lines. */
  'attachedNext',
  /** Two blank lines before it, in a digest that sets stories apart that way. */
  'doubleBlank',
  /** One blank line before it where the digest uses two between stories. */
  'singleBlankInDoubleBlankDigest',
  /** "Anadolu Agency: The Red Crescent …" under it. */
  'nextSource',
  /** No source under it where the first story opens with one. */
  'noSourceInSourcedDigest',
  /** No source under it where most of the digest's headings have one. */
  'noSourceWhereHeadingsHaveOne',
  /** 1 when the names under it are new to the story, -1 when all are known. */
  'newNames',
  /** Nothing to compare: no names under it. */
  'noNames',
  /** Short, and no source under it where most of the digest's headings have one: "Who opposes it?". */
  'shortWithoutSource',
  /** Straight under a headline: a standfirst or first sub-heading. */
  'noBodyYet',
  /** The story has sub-headings already: its next heading is likely one more. */
  'storyHasSections',
  /** Only one paragraph under it. */
  'oneParagraphUnder',
  /** Title Case where the first headline is not: a crosshead ("Border Crossing Reopens For Trucks"). */
  'titleCaseUnlikeHeadline',
  /** "Group B — Spain 2 – 1 Italy". */
  'resultLine',
  /** "🔥🔥🔥", "★": nothing but symbols. */
  'noWords',
  /** "Sensitive document found on rainy streets": an inflected verb says what happened. */
  'eventVerb',
  /** "Washington is cautious", "Germany has sold …": a form of "be" or "have" after the subject. */
  'copula',
] as const;

/** The name of one signal. */
export type HeadingFeature = (typeof HEADING_FEATURES)[number];

/** "Hamas official: negotiations are at a standstill": a capitalized speaker or topic, a colon, then a statement. */
function hasTitleColon(text: string): boolean {
  const colon = text.indexOf(': ');
  return colon > 0 && /^[\p{Lu}\p{N}]/u.test(text) && wordCount(text.slice(colon + 2)) >= 2;
}

/** Whether the whole line is quoted: “Red lines”, "A new phase". */
function quoted(text: string): boolean {
  return /^["“«‘']/u.test(text) && /["”»’']$/u.test(text);
}

const flag = (b: boolean): number => (b ? 1 : 0);

/** The signals of one heading-like line in its context. */
export function headingFeatures(context: HeadingContext): Record<HeadingFeature, number> {
  const { text, layout } = context;
  const words = wordCount(text);
  const mark = lastMark(text);
  const asks = mark === '?' || mark === '!';
  const colon = hasTitleColon(text);
  const event = hasEventVerb(text);
  return {
    question: flag(asks),
    longQuestion: flag(asks && words >= 8),
    shortWhQuestion: flag(
      mark === '?' && words <= 6 && /^(what|why|how|who|where|when|which)\s/iu.test(text),
    ),
    titleColon: flag(colon),
    explainer: flag(!asks && words >= 5 && /^(what|why|how|who|where|when)\s/iu.test(text)),
    nounPhrase: flag(!asks && !colon && opensWithNounPhrase(text)),
    lowercase: flag(/^\p{Ll}/u.test(text)),
    quoted: flag(quoted(text)),
    words3: flag(words <= 3),
    words5: flag(words > 3 && words <= 5),
    words8: flag(words >= 8),
    attachedNext: flag(context.attachedNext && layout.usesBlankLines),
    doubleBlank: flag(context.blankBefore >= 2),
    singleBlankInDoubleBlankDigest: flag(layout.usesDoubleBlanks && context.blankBefore < 2),
    nextSource: flag(context.nextOpensWithSource),
    noSourceInSourcedDigest: flag(layout.storiesOpenWithSource && !context.nextOpensWithSource),
    noSourceWhereHeadingsHaveOne: flag(layout.sourcedHeadings && !context.nextOpensWithSource),
    // Scaled by how many names it rests on: one new name ("Eurobond due in 2028") is weak evidence of a new story.
    newNames:
      context.continuity === null ? 0 : (1 - 2 * context.continuity) * Math.min(1, context.namesAfter / 3),
    noNames: flag(context.continuity === null),
    shortWithoutSource: flag(words <= 5 && layout.sourcedHeadings && !context.nextOpensWithSource),
    noBodyYet: flag(context.paragraphsInStory === 0),
    storyHasSections: flag(context.sectionsInStory > 0),
    oneParagraphUnder: flag(context.paragraphsUnder === 1),
    titleCaseUnlikeHeadline: flag(!layout.titleCaseHeadlines && isTitleCase(text)),
    resultLine: flag(isResultLine(text)),
    noWords: flag(!/[\p{L}\p{N}]/u.test(text)),
    // Only in statements: in "What does the law change?" the verb asks, it does not report an event.
    eventVerb: flag(event && !asks),
    copula: flag(/\s(is|are|was|were|has|have|had)\s/iu.test(text)),
  };
}
