import type { InsightParagraph } from '../insights/insight-paragraphs.ts';
import type { MoneyRow } from '../insights/money-table.ts';
import type { Timeline } from '../insights/timeline.ts';
import type { QuoteRow } from '../quotes/quote-rows.ts';
import type { CorpusIndex, EntityType } from '../schema.ts';

/** Where the rows of an export link: an absolute URL for a paragraph. */
export type LinkOf = (storyId: string, sectionId: string, paragraphId: string) => string;

/** The current view of `/insights`, as a reader takes it into a spreadsheet or a script. */
export interface ViewExport {
  /** The query string of the view (the filter), so the export can be reopened: `?person=vladimir-putin`. */
  filter: string;
  entities: { id: string; type: EntityType; name: string; filtered: boolean; paragraphs: number }[];
  paragraphs: { story: string; storyId: string; section: string; line: number; link: string; text: string }[];
  quotes: {
    speaker: string;
    speakerId: string | null;
    statement: string;
    story: string;
    line: number;
    link: string;
  }[];
  money: { amount: number; currency: string; asWritten: string; story: string; line: number; link: string }[];
  timeline: { date: string; asWritten: string; story: string; line: number; link: string }[];
}

/** What the view shows, gathered by the insights page. */
export interface ViewExportInput {
  index: CorpusIndex;
  filter: string;
  /** Entity ids the filter includes. */
  filteredIds: ReadonlySet<string>;
  paragraphs: readonly InsightParagraph[];
  quotes: readonly QuoteRow[];
  money: readonly MoneyRow[];
  timeline: Timeline;
  linkOf: LinkOf;
}

const NAMES: ReadonlySet<EntityType> = new Set(['person', 'place', 'organization']);

/** The view as one object: the named entities with how many covered paragraphs name them, and every row with its link. */
export function viewExport(input: ViewExportInput): ViewExport {
  const { index, paragraphs, linkOf } = input;
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const { paragraph } of paragraphs)
    for (const id of new Set(paragraph.mentions.map((m) => m.entityId)))
      if (NAMES.has(byId.get(id)?.type ?? 'date')) counts.set(id, (counts.get(id) ?? 0) + 1);
  const entities = [...counts]
    .flatMap(([id, n]) => {
      const e = byId.get(id);
      return e
        ? [{ id, type: e.type, name: e.name, filtered: input.filteredIds.has(id), paragraphs: n }]
        : [];
    })
    .sort((a, b) => b.paragraphs - a.paragraphs || a.name.localeCompare(b.name));
  const title = new Map(index.stories.map((s) => [s.id, s.title]));
  return {
    filter: input.filter,
    entities,
    paragraphs: paragraphs.map((p) => ({
      story: p.storyTitle,
      storyId: p.storyId,
      section: p.sectionId,
      line: p.paragraph.line,
      link: linkOf(p.storyId, p.sectionId, p.paragraph.id),
      text: p.paragraph.text,
    })),
    quotes: input.quotes.map((q) => ({
      speaker: (q.quote.speaker.entityId && byId.get(q.quote.speaker.entityId)?.name) || q.quote.speaker.text,
      speakerId: q.quote.speaker.entityId,
      statement: q.statement,
      story: q.storyTitle,
      line: q.line,
      link: linkOf(q.storyId, q.sectionId, q.paragraphId),
    })),
    money: input.money.map((m) => ({
      amount: m.amount,
      currency: m.currency,
      asWritten: m.surface,
      story: m.at.storyTitle,
      line: m.at.paragraph.line,
      link: linkOf(m.at.storyId, m.at.sectionId, m.at.paragraph.id),
    })),
    timeline: [...input.timeline.dated, ...input.timeline.yearUnknown].map((d) => ({
      date: d.iso,
      asWritten: d.at.paragraph.text.slice(d.mention.start, d.mention.end),
      story: title.get(d.at.storyId) ?? d.at.storyTitle,
      line: d.at.paragraph.line,
      link: linkOf(d.at.storyId, d.at.sectionId, d.at.paragraph.id),
    })),
  };
}
