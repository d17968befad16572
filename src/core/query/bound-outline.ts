import type { CorpusIndex, DocumentSummary, IndexWhole, StorySummary } from '../schema.ts';
import { OUTLINE_AROUND, STORIES_PER_PAGE } from './list-limits.ts';
import { listedStories, storyPage } from './story-page.ts';
import { wholePosition } from './whole-position.ts';

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
 * Given `whole`, `index` is a slice (`src/core/bundle/story-slice.ts`, `home-slice.ts`) and the counts and
 * page are the whole index's.
 */
export function boundOutline(
  index: CorpusIndex,
  {
    currentStoryId,
    query = '',
    page = 1,
    around = OUTLINE_AROUND,
  }: { currentStoryId?: string; query?: string; page?: number; around?: number },
  whole?: IndexWhole,
): BoundedOutline {
  if (currentStoryId === undefined) {
    const listed = storyPage(index, query, page, STORIES_PER_PAGE, whole);
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
  const currentStory = all[current]?.stories.find((s) => s.id === currentStoryId);
  const position = !whole
    ? listedStories(index, '').findIndex((s) => s.id === currentStoryId)
    : currentStory
      ? wholePosition(index, whole, currentStory)
      : -1;
  const shown = all.slice(from, to);
  // a slice holds only the first story of a closed digest: its count and place come from the whole index
  const at = (doc: DocumentSummary) => whole?.documents[doc.id]?.position ?? 0;
  return {
    digests: shown.map(({ doc, stories }, i) => ({
      doc,
      stories: from + i === current ? stories : [],
      first: stories[0]!,
      storyCount: whole ? doc.storyIds.length : stories.length,
    })),
    before: whole && shown[0] ? at(shown[0].doc) : from,
    after:
      whole && shown.length
        ? whole.listedDocumentCount - 1 - at(shown[shown.length - 1]!.doc)
        : all.length - to,
    page: position < 0 ? 1 : Math.floor(position / STORIES_PER_PAGE) + 1,
  };
}
