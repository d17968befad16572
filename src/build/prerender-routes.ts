import type { CorpusIndex } from '../core/schema.ts';

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
}

/** Which optional pages to render. */
export interface PrerenderRouteOptions {
  /** Render `/story/<story>/<section>` pages too. */
  sections: boolean;
  /** Render `/entity/<type>/<slug>` pages too. */
  entities: boolean;
}

/**
 * Every URL the build renders to static HTML: `/`, each story (and, by option, each section), `/entities`,
 * `/insights`, `/search` (no query), and by option each entity. Ids that could not be a file name (`.`, `..`, a
 * slash or backslash) are left to the app shell.
 */
export function listPrerenderRoutes(
  index: CorpusIndex,
  indexUrl: string,
  options: PrerenderRouteOptions,
): PrerenderRoute[] {
  const page = (
    path: string,
    module: string | null,
    data = [indexUrl],
    description: string | null = null,
  ) => ({
    path,
    module,
    data,
    description,
  });
  const routes: PrerenderRoute[] = [
    page('/', null),
    page('/entities', 'src/routes/entities-route.tsx'),
    page('/insights', 'src/routes/insights-route.tsx'),
    page('/search', 'src/routes/search-route.tsx'),
  ];
  for (const story of index.stories) {
    if (!isFileSafe(story.id)) continue;
    const data = [indexUrl, story.chunk];
    const description = story.firstSentence.trim() || null;
    const storyPath = `/story/${encodeURIComponent(story.id)}`;
    routes.push(page(storyPath, 'src/routes/story-route.tsx', data, description));
    if (!options.sections) continue;
    for (const section of story.sections) {
      if (!isFileSafe(section.id)) continue;
      routes.push(
        page(
          `${storyPath}/${encodeURIComponent(section.id)}`,
          'src/routes/story-route.tsx',
          data,
          description,
        ),
      );
    }
  }
  if (options.entities) {
    for (const entity of index.entities) {
      const [type = '', slug = ''] = splitEntityId(entity.id);
      if (!isFileSafe(type) || !isFileSafe(slug)) continue;
      routes.push(
        page(
          `/entity/${encodeURIComponent(type)}/${encodeURIComponent(slug)}`,
          'src/routes/entity-route.tsx',
        ),
      );
    }
  }
  return routes;
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
