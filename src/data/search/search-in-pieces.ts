import { corpusManifest } from '../corpus-manifest.ts';
import { hasCorrections } from '../has-corrections.ts';
import { hasLocalDigestsHint } from '../local-digests-hint.ts';

/**
 * Whether search answers without the corpus index: the worker filters by entity from its shards, and each
 * result shown fetches its story's block and body. So when the build wrote slices (a large corpus, whose whole
 * index a search should not wait for) and this browser adds nothing to the corpus: a reader with digests or
 * corrections of their own searches the merged, corrected index, as every page of theirs uses it.
 */
export function searchInPieces(): boolean {
  return corpusManifest.slices === true && !hasCorrections() && !hasLocalDigestsHint();
}
