/**
 * Every URL of the app, built in one place. Paths are relative to the router's basename
 * (`import.meta.env.BASE_URL`); pass `search` (a query string such as `location.search`) to carry the
 * current filters along: `storyPath('azovstal', '?person=vladimir-putin')`.
 */

/** A query string as given (`?a=1`, `a=1`, `URLSearchParams`), normalised to `''` or `?a=1`. */
export function toSearch(search?: string | URLSearchParams): string {
  const text = typeof search === 'string' ? search : (search?.toString() ?? '');
  const bare = text.startsWith('?') ? text.slice(1) : text;
  return bare ? `?${bare}` : '';
}

/** The corpus: documents and their stories. */
export function homePath(search?: string | URLSearchParams): string {
  return `/${toSearch(search)}`;
}

/** One story, from its headline. */
export function storyPath(storyId: string, search?: string | URLSearchParams): string {
  return `/story/${encodeURIComponent(storyId)}${toSearch(search)}`;
}

/** One section of a story, scrolled into view. */
export function sectionPath(storyId: string, sectionId: string, search?: string | URLSearchParams): string {
  return `/story/${encodeURIComponent(storyId)}/${encodeURIComponent(sectionId)}${toSearch(search)}`;
}

/** The hash that scrolls to and marks a paragraph: `#p-24`. */
export function paragraphHash(paragraphId: string): string {
  return `#${encodeURIComponent(paragraphId)}`;
}

/** One paragraph: its section's path plus the paragraph hash. */
export function paragraphPath(
  storyId: string,
  sectionId: string,
  paragraphId: string,
  search?: string | URLSearchParams,
): string {
  return `${sectionPath(storyId, sectionId, search)}${paragraphHash(paragraphId)}`;
}

/** The query string with `name` set to `value`, or removed when `value` is empty. */
export function withSearchParam(search: string, name: string, value: string): string {
  const params = new URLSearchParams(search);
  if (value) params.set(name, value);
  else params.delete(name);
  return toSearch(params);
}

/** Every entity, grouped by type (entity engineer). */
export function entitiesPath(search?: string | URLSearchParams): string {
  return `/entities${toSearch(search)}`;
}

/** One entity's page: `/entity/person/vladimir-putin` (the slug is the entity id after `type:`). */
export function entityPath(type: string, slug: string, search?: string | URLSearchParams): string {
  return `/entity/${encodeURIComponent(type)}/${encodeURIComponent(slug)}${toSearch(search)}`;
}

/** Full-text search results: `/search?q=azovstal`, keeping the rest of `search` (the entity filter) along. */
export function searchPath(query: string, search?: string | URLSearchParams): string {
  return `/search${withSearchParam(toSearch(search), 'q', query)}`;
}

/** Timeline, money, co-mentions and map of the paragraphs the filter keeps: `/insights?person=vladimir-putin`. */
export function insightsPath(search?: string | URLSearchParams): string {
  return `/insights${toSearch(search)}`;
}

/** Digests of the reader's own, read and kept in this browser only. */
export function myDigestsPath(): string {
  return '/my-digests';
}

/** The reader's corrections of entities (rename, retype, merge, hide), kept in this browser. */
export function correctionsPath(): string {
  return '/corrections';
}
