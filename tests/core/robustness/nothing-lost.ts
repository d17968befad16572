import { expect } from 'vitest';
import type { BoilerplateLine, Mention, Story } from '../../../src/core/schema.ts';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';

/** Every line the reading holds, in reading order: headlines, headings, each line of each paragraph. */
function readingLines(stories: readonly Story[]): { line: number; text: string }[] {
  return stories.flatMap((story) => [
    { line: story.line, text: story.title },
    ...story.sections.flatMap((section) => [
      ...(section.heading === null ? [] : [{ line: section.line, text: section.heading }]),
      ...section.paragraphs.flatMap((p) => p.text.split('\n').map((text, k) => ({ line: p.line + k, text }))),
    ]),
  ]);
}

/**
 * Checks that every non-blank, non-boilerplate line of `text` (decoded) is in the reading exactly once, in source
 * order, as a headline, heading or paragraph line holding that line's text (an outline's "# " aside).
 */
export function expectNothingLost(
  text: string,
  stories: readonly Story[],
  boilerplate: readonly BoilerplateLine[],
): void {
  const source = normalizeText(text).split('\n');
  const dropped = new Set(boilerplate.map((b) => b.line));
  const expected = source.flatMap((l, i) => (l.trim() !== '' && !dropped.has(i + 1) ? [i + 1] : []));
  const read = readingLines(stories);
  expect(read.map((r) => r.line)).toEqual(expected);
  for (const r of read) {
    const line = source[r.line - 1]?.trim() ?? '';
    if (!line.includes(r.text))
      expect.fail(`line ${r.line} "${line.slice(0, 80)}" read as "${r.text.slice(0, 80)}"`);
  }
}

/** Checks every mention of every story: inside its text, sorted, not overlapping, naming a known entity. */
export function expectMentionsInBounds(stories: readonly Story[], entityIds: ReadonlySet<string>): void {
  const check = (text: string, mentions: readonly Mention[]): void => {
    let end = 0;
    for (const m of mentions) {
      if (!(m.start >= end && m.start < m.end && m.end <= text.length && entityIds.has(m.entityId))) {
        expect.fail(
          `mention ${JSON.stringify(m)} out of bounds, unsorted or unknown in "${text.slice(0, 60)}"`,
        );
      }
      end = m.end;
    }
  };
  for (const story of stories) {
    check(story.title, story.titleMentions);
    for (const section of story.sections) {
      check(section.heading ?? '', section.headingMentions);
      for (const p of section.paragraphs) check(p.text, p.mentions);
    }
  }
}
