/** `?page=` in the query strings of `/`: read it, and set it on links. */

/** The page number a query string asks for (`?page=3`); anything but a positive integer is page 1. */
export function pageParam(search: string): number {
  const value = new URLSearchParams(search).get('page') ?? '';
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : 1;
}

/** The query string with `page` set (page 1 drops it, so the first page keeps its plain URL). */
export function withPage(search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page > 1) params.set('page', String(page));
  else params.delete('page');
  const text = params.toString();
  return text ? `?${text}` : '';
}
