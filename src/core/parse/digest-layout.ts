import type { Unit } from './03-group-blocks.ts';
import { findSource } from './find-source.ts';
import type { DigestLayout } from './heading-context.ts';
import { isTitleCase } from './is-title-case.ts';

/**
 * The digest's own habits, read from all of it: blank lines between paragraphs, two blank lines before some heading,
 * a Title Case first headline, a first story opening with a source.
 */
export function digestLayout(units: readonly Unit[], texts: readonly string[]): DigestLayout {
  let headings = 0;
  let sourced = 0;
  let doubleBlankHeadings = 0;
  let singleBlankHeadings = 0;
  units.forEach((u, i) => {
    if (u.kind !== 'heading') return;
    headings++;
    if (i > 0 && u.blankBefore >= 2) doubleBlankHeadings++;
    if (i > 0 && u.blankBefore === 1) singleBlankHeadings++;
    if (units[i + 1]?.kind === 'paragraph' && findSource(texts[i + 1] ?? '') !== null) sourced++;
  });
  return {
    sourcedHeadings: sourced >= 2 && sourced * 5 >= headings * 2,
    usesBlankLines: units.some((u, i) => i < units.length - 1 && !u.attachedNext),
    usesDoubleBlanks: doubleBlankHeadings > 0,
    doubleBlankHeadings,
    singleBlankHeadings,
    // The first heading with words: a newsletter may open on "🔥🔥🔥" and then "Wildfires Force Evacuations …".
    titleCaseHeadlines: isTitleCase(
      texts.find((t, i) => units[i]?.kind !== 'paragraph' && /\p{L}/u.test(t)) ?? '',
    ),
    storiesOpenWithSource: units[1]?.kind === 'paragraph' && findSource(texts[1] ?? '') !== null,
  };
}
