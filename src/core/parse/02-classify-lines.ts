import type { SourceLine } from './01-split-lines.ts';
import { isBoilerplate } from './is-boilerplate.ts';
import { isLinkListHeader } from './is-link-list-header.ts';
import { isQuestionHeadline } from './is-question-headline.ts';
import { isSentenceHeading } from './is-sentence-heading.ts';
import { looksLikeHeading } from './looks-like-heading.ts';
import { outlineMarker } from './outline-marker.ts';

/**
 * What one line looks like on its own: `blank`; `boilerplate` (dropped from the reading); `headline` (`# Title`)
 * and `subheading` (`## Title`) of an explicit outline; `heading` (short, not sentence-like: a headline or a
 * sub-heading, decided later from its neighbours); `text` (body).
 */
export type LineKind = 'blank' | 'boilerplate' | 'headline' | 'subheading' | 'heading' | 'text';

/** A source line with its kind; `text` is the title without its marker for `headline` and `subheading`. */
export interface ClassifiedLine extends SourceLine {
  kind: LineKind;
}

/**
 * Classifies each line by its own shape, and by one neighbour: the short lines right under a header of links
 * ("Related stories\nPorts strike ends after two weeks") are the links, furniture like their header, up to a blank
 * line or a longer line. A short statement ending in a full stop between blank lines may be a sub-heading ("The central
 * bank is in no hurry."), and so may a question with its answer ("Is the pool closing for good? The council
 * postpones its decision."): it is a `heading`, its role decided with the others.
 */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLine[] {
  let inLinkList = false;
  return lines.map(({ line, text }, i): ClassifiedLine => {
    const classified = classifyLine(line, text);
    if (inLinkList && classified.kind === 'heading') return { line, text, kind: 'boilerplate' };
    if (
      classified.kind === 'text' &&
      standsAlone(lines, i) &&
      (isSentenceHeading(text) || isQuestionHeadline(text))
    )
      return { line, text, kind: 'heading' };
    inLinkList = classified.kind === 'boilerplate' && isLinkListHeader(text);
    return classified;
  });
}

/** Blank lines (or the file's edge) on both sides of line `i`. */
function standsAlone(lines: readonly SourceLine[], i: number): boolean {
  const before = i === 0 || lines[i - 1]?.text === '';
  return before && (i === lines.length - 1 || lines[i + 1]?.text === '');
}

function classifyLine(line: number, text: string): ClassifiedLine {
  if (text === '') return { line, text, kind: 'blank' };
  const marker = text.charCodeAt(0) === 35 ? outlineMarker(text) : null; // '#'
  if (marker) return { line, text: marker.title, kind: marker.level === 1 ? 'headline' : 'subheading' };
  if (isBoilerplate(text)) return { line, text, kind: 'boilerplate' };
  return { line, text, kind: looksLikeHeading(text) ? 'heading' : 'text' };
}
