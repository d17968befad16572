import type { PrerenderRoute } from './prerender-routes.ts';

/** Which pages the prerender renders under its size limit, learning from the pages it has rendered. */
export interface PageSizeGuard {
  /** Whether `route` repeats a page already found over the limit: then it is not rendered at all. */
  skips(route: PrerenderRoute): boolean;
  /** Records a rendered page's size in bytes; false when it is over the limit (and the page is not written). */
  fits(route: PrerenderRoute, bytes: number): boolean;
}

/**
 * A guard for pages of at most `maxPageBytes`. A section's page renders its whole story, so once `/story/x` is
 * over the limit each `/story/x/<section>` would be too: rendering them all anyway made the work grow with
 * sections × story size (a digest of 100,000 headings "Same heading" is one story whose page is 80 MB of HTML,
 * 15 s each; its 996 section pages in the budget did not finish in 15 minutes). Stories come before sections in
 * the plan, so each story is rendered once; only pages started alongside it, at most `concurrency - 1`, can
 * repeat the work.
 */
export function pageSizeGuard(maxPageBytes: number): PageSizeGuard {
  const over = new Set<string>();
  return {
    skips: (route) => route.within !== null && over.has(route.within),
    fits(route, bytes) {
      if (bytes <= maxPageBytes) return true;
      over.add(route.path);
      return false;
    },
  };
}
