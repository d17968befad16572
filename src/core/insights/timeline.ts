import type { CorpusIndex } from '../schema.ts';
import { entityOccurrences, type Occurrence } from './entity-occurrences.ts';
import type { InsightParagraph } from './insight-paragraphs.ts';

/** A date named in the text, placed on the timeline. */
export interface TimelineItem extends Occurrence {
  /** ISO 8601 as far as the text allows: `2022-02-24`, `2022-02`, `2014`, `--02-24`, `--03`. */
  iso: string;
  precision: 'day' | 'month' | 'year';
}

/** The timeline: dates with a year in order, and dates whose year the text does not give, by month and day. */
export interface Timeline {
  dated: TimelineItem[];
  /** `--MM-DD` / `--MM`: "February 24", "early March" with no year written; their own band, never given a guessed year. */
  yearUnknown: TimelineItem[];
}

/** Whether an ISO value lacks its year (`--02-24`). */
export function isYearUnknown(iso: string): boolean {
  return iso.startsWith('--');
}

/**
 * Compares ISO dates of mixed precision: by year, then month, then day; a coarser date ("2014") comes
 * before the finer ones inside it ("2014-02"). Lexical order does exactly that for `YYYY[-MM[-DD]]` and `--MM[-DD]`.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every date mention in the paragraphs, in chronological order (reading order among equal dates). */
export function buildTimeline(index: CorpusIndex, paragraphs: readonly InsightParagraph[]): Timeline {
  const items = entityOccurrences(index, paragraphs, (e) => e.value?.kind === 'date').flatMap(
    (o): TimelineItem[] =>
      o.entity.value?.kind === 'date'
        ? [{ ...o, iso: o.entity.value.iso, precision: o.entity.value.precision }]
        : [],
  );
  const sorted = items.sort((a, b) => compareIso(a.iso, b.iso) || a.order - b.order);
  return {
    dated: sorted.filter((i) => !isYearUnknown(i.iso)),
    yearUnknown: sorted.filter((i) => isYearUnknown(i.iso)),
  };
}
