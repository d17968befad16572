import type { CorpusIndex, DocumentSummary, StorySummary } from '../../core/schema.ts';
import { listedStories, STORIES_PER_PAGE, storyPage } from '../story-list/story-page.ts';

/** A digest as the outline lists it: open with its stories, or closed as one link to its first story. */
export interface OutlineDigest {
  doc: DocumentSummary;
  /** Its stories (an open digest) or none (a closed one). */
  stories: StorySummary[];
  /** Where a closed digest's link leads: its first story. */
  first: StorySummary;
  /** How many of its stories the index lists. */
  storyCount: number;
}

/** What the outline shows: a bounded run of digests and how many it leaves out on each side. */
export interface BoundedOutline {
  digests: OutlineDigest[];
  before: number;
  after: number;
  /** The page of `/` that lists the current story (or the page being shown there). */
  page: number;
}

/** Each digest with at least one listed story, with those stories in order. */
function digestsOf(index: CorpusIndex): { doc: DocumentSummary; stories: StorySummary[] }[] {
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  return index.documents.flatMap((doc) => {
    const stories = doc.storyIds.flatMap((id) => byId.get(id) ?? []);
    return stories.length ? [{ doc, stories }] : [];
  });
}

/**
 * The outline's digests, bounded whatever the corpus size. Reading a story: its digest open, up to
 * `around` digests on each side closed, the rest counted. On `/` (no current story): the digests and
 * stories of the list's current page (`page`, headlines narrowed by `query`), as the list shows them.
 */
export function boundOutline(
  index: CorpusIndex,
  {
    currentStoryId,
    query = '',
    page = 1,
    around = 3,
  }: { currentStoryId?: string; query?: string; page?: number; around?: number },
): BoundedOutline {
  if (currentStoryId === undefined) {
    const listed = storyPage(index, query, page);
    return {
      digests: listed.groups.map(({ doc, stories }) => ({
        doc,
        stories,
        first: stories[0]!,
        storyCount: stories.length,
      })),
      before: 0,
      after: 0,
      page: listed.page,
    };
  }
  const all = digestsOf(index);
  const current = all.findIndex((d) => d.stories.some((s) => s.id === currentStoryId));
  const centre = current < 0 ? 0 : current;
  const from = Math.max(0, centre - around);
  const to = Math.min(all.length, centre + around + 1);
  const position = listedStories(index, '').findIndex((s) => s.id === currentStoryId);
  return {
    digests: all.slice(from, to).map(({ doc, stories }, i) => ({
      doc,
      stories: from + i === current ? stories : [],
      first: stories[0]!,
      storyCount: stories.length,
    })),
    before: from,
    after: all.length - to,
    page: position < 0 ? 1 : Math.floor(position / STORIES_PER_PAGE) + 1,
  };
}
