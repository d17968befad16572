import type { CorpusIndex, FacetBase } from '../schema.ts';
import { facetBase } from './facet-base.ts';

/**
 * The slice cutters, in one module the browser loads on demand (src/data/slice-query-options.ts): it cuts
 * slices from the whole index once that is in memory, and a first load that reads the build's files does
 * not carry this code.
 */
export { digestSlice } from './digest-slice.ts';
export { homeSlice } from './home-slice.ts';

// The facet base counts every paragraph of the whole index: cut it once per index.
const bases = new WeakMap<CorpusIndex, FacetBase>();

/** `facetBase(index)`, computed once per index object. */
export function cachedFacetBase(index: CorpusIndex): FacetBase {
  let base = bases.get(index);
  if (!base) bases.set(index, (base = facetBase(index)));
  return base;
}
