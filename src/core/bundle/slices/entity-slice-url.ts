import { hashText } from '../hash-text.ts';

/**
 * Where the build puts the slice of entity `entityId` (`entitySlices`), named like the other slices
 * (slice-url.ts) but apart from them: only a filtered link's chunk asks for it, not every page's.
 */
export const entitySliceUrl = (version: string, entityId: string) =>
  `corpus/slice-${version}/entity-${hashText(entityId)}.json`;
