import { searchDocId } from './search-doc-id.ts';

/** The search document id (`searchDocId`) of a posting's story position and document number (`ShardDoc`). */
export function shardDocId(story: number, doc: number): string {
  if (doc === 0) return searchDocId({ kind: 'title', story });
  if (doc < 0) return searchDocId({ kind: 'heading', story, section: -doc - 1 });
  return searchDocId({ kind: 'paragraph', story, position: doc - 1 });
}
