import type { CorpusIndex, DocumentSummary, StorySummary } from '../../core/schema.ts';
import { matchesHeadline } from './matches-headline.ts';

/** Stories on one page of `/`: enough to scan, few enough that the page stays light at any corpus size. */
export const STORIES_PER_PAGE = 50;

/** One page of the story list: its stories grouped by digest, and where it sits among the pages. */
export interface StoryPage {
  groups: { doc: DocumentSummary; stories: StorySummary[] }[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last story shown (0 and 0 when none). */
  first: number;
  last: number;
  /** Stories on all pages (those matching `query`). */
  total: number;
}

/** The page number a query string asks for (`?page=3`); anything but a positive integer is page 1. */
export function pageParam(search: string): number {
  const value = new URLSearchParams(search).get('page') ?? '';
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : 1;
}

/** The query string with `page` set (page 1 drops it, so the first page keeps its plain URL). */
export function withPage(search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page > 1) params.set('page', String(page));
  else params.delete('page');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The stories of the index in digest order, narrowed to headlines matching `query`. */
export function listedStories(index: CorpusIndex, query: string): StorySummary[] {
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  return index.documents.flatMap((doc) =>
    doc.storyIds.flatMap((id) => {
      const story = byId.get(id);
      return story && (!query || matchesHeadline(story, query)) ? [story] : [];
    }),
  );
}

/** Page `requested` of the listed stories, `size` per page, grouped by digest. */
export function storyPage(
  index: CorpusIndex,
  query: string,
  requested: number,
  size = STORIES_PER_PAGE,
): StoryPage {
  const stories = listedStories(index, query);
  const pageCount = Math.max(1, Math.ceil(stories.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const shown = stories.slice((page - 1) * size, page * size);
  const docs = new Map(index.documents.map((d) => [d.id, d]));
  const groups: StoryPage['groups'] = [];
  for (const story of shown) {
    const last = groups.at(-1);
    if (last && last.doc.id === story.documentId) last.stories.push(story);
    else {
      const doc = docs.get(story.documentId);
      if (doc) groups.push({ doc, stories: [story] });
    }
  }
  const first = shown.length ? (page - 1) * size + 1 : 0;
  return {
    groups,
    page,
    pageCount,
    first,
    last: first ? first + shown.length - 1 : 0,
    total: stories.length,
  };
}
