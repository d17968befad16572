import { hashText } from '../hash-text.ts';
import { facetsSliceUrl, homeSliceUrl } from './page-slice-url.ts';

/**
 * Where the build puts a corpus version's slices, relative to the base URL; the browser asks for the same
 * names. Ids are slugs a file system need not like, so files are named by a hash of the id. A story page
 * reads its story's small pointer file first, which names the digest whose slice serves the page.
 */
export const sliceUrl = {
  home: homeSliceUrl,
  story: (version: string, storyId: string) => `corpus/slice-${version}/story-${hashText(storyId)}.json`,
  digest: (version: string, documentId: string) =>
    `corpus/slice-${version}/digest-${hashText(documentId)}.json`,
  facets: facetsSliceUrl,
};
