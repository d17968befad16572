import { SPEAKER_PARAM } from '../core/quotes/speaker-param.ts';
import { FILTER_PARAMS } from '../core/query/serialize-entity-filter.ts';
import { corpusManifest } from './corpus-manifest.ts';
import { hasCorrections } from './has-corrections.ts';
import { hasLocalDigestsHint } from './local-digests-hint.ts';
import { queryParam } from '../url/query-param.ts';

/**
 * How a page of `/` or a story gets its data: `slice` (a few KB cut by the build for that page) when the
 * URL has no filter and no headline search and this browser adds nothing to the corpus (no digest read
 * here, no correction) and the build wrote slices (a large corpus); `whole` (the whole index, merged and
 * corrected) otherwise; `entity` for an entity filter (no headline search, no speaker) when the build wrote
 * slices: the loader reads the entity's slice if the filter names one entity that has one (entity-page.ts),
 * the whole index if not.
 */
export type PageMode = 'slice' | 'whole' | 'entity';

/**
 * The mode for a URL's query string. Decided by the loader, so the render and its hydration agree. Once the
 * whole index is in the cache (`wholeLoaded`), pages use it: every filter click then renders from the same
 * index, without switching between a slice and the whole.
 */
export async function pageMode(search: string, wholeLoaded = false): Promise<PageMode> {
  if (!corpusManifest.slices || wholeLoaded) return 'whole';
  const params = new URLSearchParams(search);
  if (params.has(SPEAKER_PARAM) || queryParam(params) !== '') return 'whole';
  if (hasCorrections() || hasLocalDigestsHint()) return 'whole';
  return FILTER_PARAMS.some((name) => params.has(name)) ? 'entity' : 'slice';
}
