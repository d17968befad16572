import type { SourceLine } from './01-split-lines.ts';
import { isBoilerplate } from './is-boilerplate.ts';
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

/** Classifies each line by its own shape. */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLine[] {
  return lines.map(({ line, text }): ClassifiedLine => {
    if (text === '') return { line, text, kind: 'blank' };
    const marker = text.charCodeAt(0) === 35 ? outlineMarker(text) : null; // '#'
    if (marker) return { line, text: marker.title, kind: marker.level === 1 ? 'headline' : 'subheading' };
    if (isBoilerplate(text)) return { line, text, kind: 'boilerplate' };
    return { line, text, kind: looksLikeHeading(text) ? 'heading' : 'text' };
  });
}
