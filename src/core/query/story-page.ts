import type { CorpusIndex, DocumentSummary, IndexWhole, StorySummary } from '../schema.ts';
import { STORIES_PER_PAGE } from './list-limits.ts';
import { wholePosition } from './whole-position.ts';
import { matchesHeadline } from './matches-headline.ts';

export { STORIES_PER_PAGE };

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

// Every story in digest order, once per index: the list, the outline and a page's slice all ask for it, on
// every filter click (a map of 4,753 stories at 1000× the seed).
const allListed = new WeakMap<CorpusIndex, StorySummary[]>();

/**
 * The stories of the index in digest order, narrowed to headlines matching `query`. The same array for the
 * same index and no query: callers must not change it.
 */
export function listedStories(index: CorpusIndex, query: string): StorySummary[] {
  if (!query) {
    let all = allListed.get(index);
    if (!all) allListed.set(index, (all = listStories(index, '')));
    return all;
  }
  return listStories(index, query);
}

function listStories(index: CorpusIndex, query: string): StorySummary[] {
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  return index.documents.flatMap((doc) =>
    doc.storyIds.flatMap((id) => {
      const story = byId.get(id);
      return story && (!query || matchesHeadline(story, query)) ? [story] : [];
    }),
  );
}

/**
 * Page `requested` of the listed stories, `size` per page, grouped by digest. Given `whole`, `index` is a
 * slice (no `query`): it holds the page's stories, and pages and positions count the whole index's.
 */
export function storyPage(
  index: CorpusIndex,
  query: string,
  requested: number,
  size = STORIES_PER_PAGE,
  whole?: IndexWhole,
): StoryPage {
  const stories = listedStories(index, query);
  const total = whole ? whole.storyCount : stories.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const start = (page - 1) * size;
  const shown = whole
    ? stories.filter((story) => {
        const at = wholePosition(index, whole, story);
        return at >= start && at < start + size;
      })
    : stories.slice(start, start + size);
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
  const first = shown.length ? start + 1 : 0;
  return {
    groups,
    page,
    pageCount,
    first,
    last: first ? first + shown.length - 1 : 0,
    total,
  };
}
