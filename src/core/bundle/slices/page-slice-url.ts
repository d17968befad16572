// The slices `/` reads on every first load, apart from slice-url.ts: their names need no hash of an id, so the
// entry's JavaScript carries neither the story and digest names nor the hash function.

/** Page `page` of `/` with no filter. */
export const homeSliceUrl = (version: string, page: number) => `corpus/slice-${version}/home-${page}.json`;

/** The filter panel's facet base. */
export const facetsSliceUrl = (version: string) => `corpus/slice-${version}/facets.json`;
