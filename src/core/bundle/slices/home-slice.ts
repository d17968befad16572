import { STORIES_PER_PAGE } from '../../query/list-limits.ts';
import { listedStories } from '../../query/story-page.ts';
import type { CorpusIndex, IndexSlice } from '../../schema.ts';
import { sliceIndex } from './slice-index.ts';

/** Pages of `/` the whole index fills (at least one, for an empty corpus). */
export function homePageCount(index: CorpusIndex): number {
  return Math.max(1, Math.ceil(listedStories(index, '').length / STORIES_PER_PAGE));
}

/** What `/?page=N` (no filter, no `q`) shows: that page's stories, their digests and entities. */
export function homeSlice(index: CorpusIndex, page: number): IndexSlice {
  const start = (Math.min(Math.max(1, page), homePageCount(index)) - 1) * STORIES_PER_PAGE;
  const shown = listedStories(index, '').slice(start, start + STORIES_PER_PAGE);
  return sliceIndex(index, new Set(shown.map((s) => s.id)));
}
