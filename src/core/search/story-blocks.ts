import { hashText } from '../bundle/hash-text.ts';
import type { CorpusIndex } from '../schema.ts';

/** A story as the search results name it without the corpus index: its id, its body's URL and its digest. */
export type StoryRef = [id: string, chunk: string, documentId: string];

/** Where the search results find a story by its position: blocks of `size` consecutive stories. */
export interface StoryBlocks {
  size: number;
  /** Block files by content hash (`search/<hash>.json` beside the manifest), block `b` holding positions `b·size…`. */
  files: string[];
}

/**
 * Stories a block: a result shown fetches one block (about 1.5 KB gzip at 32) for its story's id and body URL,
 * and the body for its headline, sections and paragraphs, instead of the whole corpus index.
 */
export const STORY_BLOCK_SIZE = 32;

/** The index's stories in blocks of `size`, each a JSON list of `StoryRef` named by its content hash. */
export function buildStoryBlocks(
  index: CorpusIndex,
  size: number = STORY_BLOCK_SIZE,
): { blocks: StoryBlocks; files: Map<string, string> } {
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let start = 0; start < index.stories.length; start += size) {
    const refs: StoryRef[] = index.stories
      .slice(start, start + size)
      .map((story) => [story.id, story.chunk, story.documentId]);
    const json = JSON.stringify(refs);
    const hash = hashText(json);
    files.set(hash, json);
    names.push(hash);
  }
  return { blocks: { size, files: names }, files };
}
