import type { CorpusIndex, StorySliceRef } from '../../schema.ts';
import { digestSlice } from './digest-slice.ts';
import { entitySliceUrl } from './entity-slice-url.ts';
import { entitySlices } from './entity-slices.ts';
import { facetBase } from './facet-base.ts';
import { homePageCount, homeSlice } from './home-slice.ts';
import { sliceUrl } from './slice-url.ts';

/**
 * Every slice of the index as files (name → JSON): the facet base, each page of `/`, each digest's slice
 * each story's pointer to it, and each entity's slice for a link filtering by it. A page then loads a few kilobytes however large the corpus, and the whole
 * index only when the reader filters (or the browser is idle).
 */
export function sliceFiles(index: CorpusIndex): Map<string, string> {
  const files = new Map<string, string>();
  files.set(sliceUrl.facets(index.version), JSON.stringify(facetBase(index)));
  for (let page = 1; page <= homePageCount(index); page++) {
    files.set(sliceUrl.home(index.version, page), JSON.stringify(homeSlice(index, page)));
  }
  for (const doc of index.documents) {
    const slice = digestSlice(index, doc.id);
    if (slice) files.set(sliceUrl.digest(index.version, doc.id), JSON.stringify(slice));
  }
  for (const story of index.stories) {
    const ref: StorySliceRef = { storyId: story.id, documentId: story.documentId };
    files.set(sliceUrl.story(index.version, story.id), JSON.stringify(ref));
  }
  for (const [entityId, slice] of entitySlices(index)) {
    files.set(entitySliceUrl(index.version, entityId), JSON.stringify(slice));
  }
  return files;
}
