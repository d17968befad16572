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
  return lines.map((l): ClassifiedLine => {
    if (l.text === '') return { ...l, kind: 'blank' };
    const marker = outlineMarker(l.text);
    if (marker)
      return { line: l.line, text: marker.title, kind: marker.level === 1 ? 'headline' : 'subheading' };
    if (isBoilerplate(l.text)) return { ...l, kind: 'boilerplate' };
    return { ...l, kind: looksLikeHeading(l.text) ? 'heading' : 'text' };
  });
}
