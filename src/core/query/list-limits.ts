/**
 * How much a list shows at once, so a page holds the same few rows whatever the size of the corpus; the
 * build cuts the index's slices (src/core/bundle) to the same sizes the UI lists.
 */

/** Stories on one page of `/`: enough to scan, few enough that the page stays light at any corpus size. */
export const STORIES_PER_PAGE = 50;

/** Digests the outline lists, closed, on each side of the one being read. */
export const OUTLINE_AROUND = 3;

/**
 * Most rows a facet lists, even after "Show all" or a search: at 1000× a type has over a thousand
 * entities, and a list that long is neither readable nor cheap; the search box finds the rest.
 */
export const FACET_ROW_LIMIT = 100;
