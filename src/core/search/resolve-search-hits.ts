import type { CorpusIndex } from '../schema.ts';
import { LOCAL_DOC_MARK } from './local-search-documents.ts';
import type { RawHit } from './search-engine.ts';

// Story id → position, once per index: a keystroke must not rebuild it for every story of a large corpus.
const positions = new WeakMap<CorpusIndex, Map<string, number>>();

/**
 * Hits in the terms of `index`: a local document's id (`<story id>@…`, see `localSearchDocuments`) becomes the
 * positional id of that story in `index`; a local story the index does not list (removed meanwhile) is dropped.
 * Built-index hits pass unchanged. Order is kept.
 */
export function resolveSearchHits(index: CorpusIndex, raw: readonly RawHit[]): RawHit[] {
  let storyAt = positions.get(index);
  const resolved: RawHit[] = [];
  for (const hit of raw) {
    const mark = hit.id.lastIndexOf(LOCAL_DOC_MARK);
    if (mark < 0) {
      resolved.push(hit);
      continue;
    }
    if (!storyAt) positions.set(index, (storyAt = new Map(index.stories.map((s, i) => [s.id, i]))));
    const at = storyAt.get(hit.id.slice(0, mark));
    if (at === undefined) continue;
    resolved.push({ id: `${at.toString(36)}${hit.id.slice(mark + 1)}`, score: hit.score });
  }
  return resolved;
}
