/** Characters of a query echoed in a heading, status or title before it is cut. */
const MAX = 60;

/**
 * The query as headings and statuses echo it: whole up to 60 characters, else cut at the last word break
 * before that and ended with "…", so a pasted paragraph does not become a twelve-line heading.
 */
export function shortQuery(query: string, max = MAX): string {
  const chars = [...query];
  if (chars.length <= max) return query;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
