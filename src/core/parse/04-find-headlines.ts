import type { Unit } from './03-group-blocks.ts';
import { findSource } from './find-source.ts';
import type { HeadingContext } from './heading-context.ts';
import { HEADLINE_THRESHOLD, headlineScore, type StructureWeights } from './headline-score.ts';
import { hasEventVerb } from './has-event-verb.ts';
import { findTitleSource, titleSuffix } from './find-title-source.ts';
import { isResultLine } from './is-result-line.ts';
import { isTitleCase } from './is-title-case.ts';
import { wordCount } from './looks-like-heading.ts';
import { topicNames } from './topic-names.ts';
import { emptyList } from '../array/empty-list.ts';
import { digestLayout } from './digest-layout.ts';
import { startsLowercase } from './starts-lowercase.ts';
import { paragraphsUnder } from './paragraphs-under.ts';
import { firstLineAsHeadline } from './first-line-as-headline.ts';
import { continuity, following, inverseParagraphFrequency } from './topic-continuity.ts';

const NO_NAMES = emptyList<string>();

/** A unit of the reading with its role decided. */
export interface ReadingUnit {
  role: 'headline' | 'subheading' | 'paragraph';
  /** 1-based line it starts on. */
  line: number;
  /** The text; a paragraph's lines joined by "\n". */
  text: string;
}

/** Names are looked for in a paragraph's first characters only, so one 5 MB line costs no more than a page. */
const NAME_WINDOW = 3000;

/** "Why Chile is rewriting its constitution again": an explainer says what a story is about without a verb first. */
const EXPLAINER = /^(what|why|how|who|where|when)\s/iu;

/** Sections of sourced stories are short: "Who opposes it?", "Eurobond due in 2028", "What do the blocs want?". */
const MAX_SECTION_WORDS = 6;

/** Hooks for calibration and debugging. */
export interface FindHeadlinesOptions {
  /** Sees each scored heading with its score. */
  onScore?: (context: HeadingContext, score: number, line: number) => void;
  /** Weights to score with instead of the calibrated ones. */
  model?: StructureWeights;
  /** A known role for a line (a reference reading): the story so far then follows it, not the score. */
  knownRole?: (line: number) => 'headline' | 'subheading' | undefined;
}

/**
 * Decides which units open a story. The first unit always does (its first line, if it is body text). An explicit
 * outline wins: with any `# ` line only `# ` lines open stories; with any `## ` line only `## ` lines are
 * sub-headings (other short lines are short paragraphs); with `# ` but no `## `, short lines are sub-headings.
 * Otherwise each unmarked heading-like line is scored by `headlineScore` against the story so far and the
 * digest's layout, and the digest's own habits can overrule the score: stories that open with a source, stories
 * set apart by two blank lines, headlines that have a verb. The last is read in two passes: the first reading
 * shows what the digest's headlines look like, the second reads its headings by that.
 */
export function findHeadlines(input: readonly Unit[], options: FindHeadlinesOptions = {}): ReadingUnit[] {
  const units = firstLineAsHeadline(input);
  const explicit = units.some((u) => u.kind === 'headline');
  // "## " anywhere: the outline marks its sub-headings too, so an unmarked short line is a short paragraph.
  const strictSubheadings = units.some((u) => u.kind === 'subheading');
  const texts = units.map((u) => (u.lines.length === 1 ? (u.lines[0] ?? '') : u.lines.join('\n')));
  // a unit without names shares one empty list: a digest of a million short headings names nothing in most
  const names = texts.map((text) => {
    const keys = topicNames(text.slice(0, NAME_WINDOW));
    return keys.length === 0 ? NO_NAMES : keys;
  });
  const weight = inverseParagraphFrequency(units, names);
  const layout = digestLayout(units, texts);
  const under = paragraphsUnder(units);
  const read = (
    verbHeadlines: (line: number) => boolean,
    siteHeadlines: boolean,
    sentenceCaseHeadlines: (line: number) => boolean,
    onScore?: FindHeadlinesOptions['onScore'],
  ): ReadingUnit[] => {
    const result: ReadingUnit[] = [];
    let story = new Set<string>();
    let paragraphsInStory = 0;
    let sectionsInStory = 0;
    let headline = '';
    units.forEach((unit, i) => {
      const text = texts[i] ?? '';
      const own = names[i] ?? [];
      let role: ReadingUnit['role'];
      if (unit.kind === 'paragraph') role = 'paragraph';
      else if (i === 0 || unit.kind === 'headline') role = 'headline';
      else if (unit.kind === 'subheading') role = 'subheading';
      else if (explicit) role = strictSubheadings ? 'paragraph' : 'subheading';
      else {
        const next = units[i + 1];
        const after = following(units, names, i);
        const context: HeadingContext = {
          text,
          attachedNext: unit.attachedNext,
          blankBefore: unit.blankBefore,
          continuity: continuity(story, after, weight),
          namesAfter: new Set(after).size,
          nextOpensWithSource: next?.kind === 'paragraph' && findSource(texts[i + 1] ?? '') !== null,
          paragraphsInStory,
          sectionsInStory,
          paragraphsUnder: under[i] ?? 0,
          layout,
        };
        const score = headlineScore(context, options.model);
        onScore?.(context, score, unit.line);
        const known = options.knownRole?.(unit.line);
        // No labelled digest has a story whose headline starts lowercase (0 of 55 such headings): "a message to
        // Tehran" under a story's paragraphs is its sub-heading however new its names; "iPhone sales slump" is not.
        // Where the digest's stories open with a source ("KAMPALA, June 3 (Reuters) - …" under the first headline and
        // under two in five headings), a short heading with none under it continues a story: "Who opposes it?". A
        // longer one may be a story from another page that names no source.
        const unsourced =
          layout.storiesOpenWithSource &&
          layout.sourcedHeadings &&
          !context.nextOpensWithSource &&
          wordCount(text) <= MAX_SECTION_WORDS;
        // Where three or more headings stand after two blank lines, that is how the digest opens a story: a heading
        // after one blank line is a section ("New buyers" under "Kazakh wheat exports reach a record").
        const singleBlank =
          layout.doubleBlankHeadings >= 3 &&
          layout.doubleBlankHeadings > layout.singleBlankHeadings &&
          unit.blankBefore < 2;
        // A match result under a report's paragraphs is one of its sections: "Group B — Spain 2 – 1 Italy" (0 of 7
        // labelled result lines open a story); one with its own source under it may still be a report's headline.
        const resultLine = isResultLine(text) && paragraphsInStory > 0 && !context.nextOpensWithSource;
        // Where the digest's headlines say what happened (a verb in most of them), a verbless topic under a story's
        // paragraphs is one of its sections: "Fan zone in the old town" under "Tickets for the final sold out". Not
        // after two blank lines, the way many digests open a story: "Record monsoon across Pakistan".
        const verbless =
          paragraphsInStory > 0 &&
          unit.blankBefore < 2 &&
          verbHeadlines(unit.line) &&
          !context.nextOpensWithSource &&
          !/[?!:]/u.test(text) &&
          /\p{L}/u.test(text) &&
          !EXPLAINER.test(text) &&
          !hasEventVerb(text);
        // Where the headlines end with the site's name ("… – The Harbour Courier" on two or more, half of them), a
        // heading without one under a story's paragraphs is a section of that page: "Schools closed in three districts".
        const siteless =
          siteHeadlines &&
          paragraphsInStory > 0 &&
          !context.nextOpensWithSource &&
          titleSuffix(text) === null;
        // Where headlines are in sentence case, a Title Case line under the paragraphs of a story headlined in
        // sentence case is a crosshead: "Route Through The Old Market" (none of the labelled Title Case lines in such
        // digests opens a story). Under "🔥🔥🔥" or a Title Case headline it may be a newsletter's next story.
        const crosshead =
          paragraphsInStory > 0 &&
          !context.nextOpensWithSource &&
          isTitleCase(text) &&
          /\p{L}/u.test(headline) &&
          !isTitleCase(headline) &&
          sentenceCaseHeadlines(unit.line);
        const opens =
          known ??
          (score >= HEADLINE_THRESHOLD &&
          !startsLowercase(text) &&
          !unsourced &&
          !singleBlank &&
          !resultLine &&
          !verbless &&
          !siteless &&
          !crosshead
            ? 'headline'
            : 'subheading');
        role = opens === 'headline' ? 'headline' : strictSubheadings ? 'paragraph' : 'subheading';
      }
      if (role === 'headline') {
        headline = text;
        story = new Set();
        paragraphsInStory = 0;
        sectionsInStory = 0;
      }
      if (role === 'paragraph') paragraphsInStory++;
      if (role === 'subheading') sectionsInStory++;
      for (const key of own) story.add(key);
      result.push({ role, line: unit.line, text });
    });
    return result;
  };
  // Two passes: the first reading shows what the digest's headlines look like, the second reads by that habit.
  const first = read(
    () => false,
    false,
    () => false,
  );
  const statements = first.filter((u) => u.role === 'headline' && !/[?!:]/u.test(u.text));
  const withVerb = new Set(statements.filter((u) => hasEventVerb(u.text)).map((u) => u.line));
  // Judged without the heading itself: "Fan zone in the old town" must not vote for its own reading.
  const verbHeadlines = (line: number): boolean => {
    const others = statements.filter((u) => u.line !== line);
    const verbs = others.filter((u) => withVerb.has(u.line)).length;
    return others.length >= 3 && verbs * 4 >= others.length * 3;
  };
  const headlines = first.filter((u) => u.role === 'headline');
  const suffixes = headlines.map((u) => titleSuffix(u.text)?.name.toLowerCase() ?? '');
  const repeated = new Set(suffixes.filter((n, i) => n !== '' && suffixes.indexOf(n) !== i));
  const sited = headlines.filter((u) => findTitleSource(u.text, repeated) !== null).length;
  const siteHeadlines = sited >= 2 && sited * 2 >= headlines.length;
  const titleCase = new Set(headlines.filter((u) => isTitleCase(u.text)).map((u) => u.line));
  // The first headline and three in four of the others in sentence case, judged without the heading itself.
  const sentenceCaseHeadlines = (line: number): boolean => {
    const others = headlines.filter((u) => u.line !== line);
    const cased = others.filter((u) => titleCase.has(u.line)).length;
    return !layout.titleCaseHeadlines && others.length >= 3 && cased * 4 <= others.length;
  };
  return headlines.length >= 4 || siteHeadlines || options.onScore
    ? read(verbHeadlines, siteHeadlines, sentenceCaseHeadlines, options.onScore)
    : first;
}
