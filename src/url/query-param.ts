/** The query parameter of the headline and full-text search: `?q=azovstal`. */
export const QUERY_PARAM = 'q';

/** What the reader searched for, trimmed; `''` when the URL asks nothing. */
export function queryParam(search: string | URLSearchParams): string {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get(QUERY_PARAM)?.trim() ?? '';
}
