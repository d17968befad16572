/**
 * The labelled examples the structure model learns from: every heading the parser scores in a labelled digest, with
 * its signals and whether the reference reading opens a story there. The parse follows the reference (a known role
 * per line), so each heading is seen with the story it really belongs to.
 */
import { splitLines } from '../../src/core/parse/01-split-lines.ts';
import { classifyLines } from '../../src/core/parse/02-classify-lines.ts';
import { groupBlocks } from '../../src/core/parse/03-group-blocks.ts';
import { findHeadlines } from '../../src/core/parse/04-find-headlines.ts';
import { HEADING_FEATURES, headingFeatures } from '../../src/core/parse/heading-features.ts';
import { normalizeText } from '../../src/core/text/normalize-text.ts';
import type { GoldStructure } from './labelled-digests.ts';

/** One scored heading: its signals in `HEADING_FEATURES` order, and 1 when it opens a story. */
export interface HeadingExample {
  digest: string;
  line: number;
  text: string;
  features: number[];
  label: 0 | 1;
}

/** The examples of one digest; headings the reference reads as paragraphs are left out (no role to learn). */
export function headingExamples(name: string, text: string, gold: GoldStructure): HeadingExample[] {
  const storyLines = new Set(gold.stories.map((s) => s.line));
  const sectionLines = new Set(
    gold.stories.flatMap((s) => s.sections.filter((sec) => sec.heading !== null).map((sec) => sec.line)),
  );
  const examples: HeadingExample[] = [];
  findHeadlines(groupBlocks(classifyLines(splitLines(normalizeText(text)))), {
    knownRole: (line) =>
      storyLines.has(line) ? 'headline' : sectionLines.has(line) ? 'subheading' : undefined,
    onScore: (context, _score, line) => {
      if (!storyLines.has(line) && !sectionLines.has(line)) return;
      const features = headingFeatures(context);
      examples.push({
        digest: name,
        line,
        text: context.text,
        features: HEADING_FEATURES.map((f) => features[f]),
        label: storyLines.has(line) ? 1 : 0,
      });
    },
  });
  return examples;
}
