import type { IndexSlice } from '../core/schema.ts';
import { isCorpusIndex } from './is-corpus-index.ts';

/** Checks the outline of a fetched slice: an index and the whole index's figures. */
export function isIndexSlice(value: unknown): value is IndexSlice {
  const slice = value as Partial<Record<keyof IndexSlice, unknown>> | null;
  return (
    isCorpusIndex(slice?.index) && typeof (slice.whole as IndexSlice['whole'] | null)?.documents === 'object'
  );
}
