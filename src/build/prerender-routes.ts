import { sliceUrl } from '../core/bundle/slices/slice-url.ts';
import type { CorpusIndex, StorySummary } from '../core/schema.ts';

/** One URL to render at build time. */
export interface PrerenderRoute {
  /** The app path, relative to the base URL and percent-encoded as the browser's `location.pathname` shows it. */
  path: string;
  /** The route module whose lazy chunk the page needs (`src/routes/…`), or null when it is in the entry. */
  module: string | null;
  /** Corpus JSON the route's loader fetches (relative to the base URL), to preload. */
  data: string[];
  /** `<meta name="description">` for the page, when it has its own. */
  description: string | null;
  /**
   * The page this one repeats (a section's page renders its whole story, as `/story/x` does), or null: when
   * that page was over the size limit this one is too, and is not rendered (see `pageSizeGuard`).
   */
  within: string | null;
}

/** The routes to render, and how many were left to the app shell by the page budget. */
export interface PrerenderPlan {
  routes: PrerenderRoute[];
  skipped: { 'first stories': number; stories: number; sections: number; entities: number };
}

/**
 * The URLs the build renders to static HTML, at most `maxPages` of them, in this order: `/`, `/entities`,
 * `/insights`, `/search` (no query), the first story of every digest (where the outline and the digest list
 * lead), every other story, every section, every entity; what does not fit is served by the app shell. Ids that
 * could not be a file name (`.`, `..`, a slash or backslash) are left to the shell.
 */
export function planPrerender(
  index: CorpusIndex,
  indexUrl: string,
  maxPages: number,
  slices = false,
): PrerenderPlan {
  const page = (
    path: string,
    module: string | null,
    data = [indexUrl],
    description: string | null = null,
    within: string | null = null,
  ) => ({
    path,
    module,
    data,
    description,
    within,
  });
  // with slices (src/data/page-mode.ts) `/` and story pages load theirs, the other routes the whole index
  const facets = sliceUrl.facets(index.version);
  const routes: PrerenderRoute[] = [
    page('/', null, slices ? [sliceUrl.home(index.version, 1), facets] : [indexUrl]),
    page('/entities', 'src/routes/entities-route.tsx'),
    page('/insights', 'src/routes/insights-route.tsx'),
    // a search in pieces (src/data/search/search-in-pieces.ts) takes its outline from `/`'s first slice
    page('/search', 'src/routes/search-route.tsx', slices ? [sliceUrl.home(index.version, 1)] : [indexUrl]),
  ].slice(0, Math.max(0, maxPages));
  const skipped = { 'first stories': 0, stories: 0, sections: 0, entities: 0 };
  const add = (kind: keyof typeof skipped, route: PrerenderRoute) => {
    if (routes.length < maxPages) routes.push(route);
    else skipped[kind]++;
  };
  const stories = index.stories.filter((story) => isFileSafe(story.id));
  const storyPath = (story: StorySummary) => `/story/${encodeURIComponent(story.id)}`;
  const storyPage = (story: StorySummary, sectionId?: string) =>
    page(
      `${storyPath(story)}${sectionId === undefined ? '' : `/${encodeURIComponent(sectionId)}`}`,
      'src/routes/story-route.tsx',
      slices
        ? [
            sliceUrl.story(index.version, story.id),
            sliceUrl.digest(index.version, story.documentId),
            facets,
            story.chunk,
          ]
        : [indexUrl, story.chunk],
      story.firstSentence.trim() || null,
      sectionId === undefined ? null : storyPath(story),
    );
  const firsts = new Set<StorySummary>();
  const digests = new Set<string>();
  for (const story of stories)
    if (!digests.has(story.documentId)) {
      digests.add(story.documentId);
      firsts.add(story);
    }
  for (const story of firsts) add('first stories', storyPage(story));
  for (const story of stories) if (!firsts.has(story)) add('stories', storyPage(story));
  for (const story of stories)
    for (const section of story.sections)
      if (isFileSafe(section.id)) add('sections', storyPage(story, section.id));
  for (const entity of index.entities) {
    const [type, slug] = splitEntityId(entity.id);
    if (!isFileSafe(type) || !isFileSafe(slug)) continue;
    add(
      'entities',
      page(`/entity/${encodeURIComponent(type)}/${encodeURIComponent(slug)}`, 'src/routes/entity-route.tsx'),
    );
  }
  return { routes, skipped };
}

/** `person:vladimir-putin` → `['person', 'vladimir-putin']` (the slug is everything after the first colon). */
function splitEntityId(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon < 0 ? ['', ''] : [id.slice(0, colon), id.slice(colon + 1)];
}

/** Whether an id can be one path segment of a file in dist/ as it is. */
export function isFileSafe(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !/[/\\\0]/.test(segment);
}

/**
 * The file in dist/ that holds a rendered path: `/` → `index.html`, `/story/x` → `story/x/index.html` (the
 * segments decoded, as a static host or the preview server looks them up).
 */
export function prerenderFile(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  if (!segments.every(isFileSafe)) throw new Error(`${path}: not a path that can be a file`);
  return [...segments, 'index.html'].join('/');
}
