import type { StoryBlocks } from './story-blocks.ts';

/**
 * The full-text index in pieces: a small manifest, fetched on the first search, that says which shard file
 * holds the terms beginning with each prefix, and shard files of postings fetched only for the prefixes a
 * query's words select. A first search at 1000× the seed loads the manifest and one shard per word, not the
 * whole index.
 */

/** A word's place in the index: a story (its position in the corpus index, or in the reader's own list) and a document in it. */
export interface ShardDoc {
  story: number;
  /** 0 the headline, -(s + 1) the sub-heading of section s, p + 1 the body paragraph at position p. */
  doc: number;
}

/** What BM25 needs of a field across the whole index. */
export interface ShardFieldStats {
  /** Documents of this field (headlines, sub-headings or paragraphs). */
  count: number;
  /** Their words, summed (the average length is `words / count`). */
  words: number;
}

/** The fields a document can be, by its `doc` number. */
export type ShardField = 'title' | 'heading' | 'text';

/** The manifest: fetched once per corpus version, before any shard. */
export interface SearchManifest {
  /** Format of this manifest and its shards; a reader refuses one it does not know. */
  format: 1;
  /** Documents indexed: headlines, sub-headings and paragraphs. */
  documentCount: number;
  fields: Record<ShardField, ShardFieldStats>;
  /**
   * Term prefixes, sorted: a term lives in the shard of the longest key it begins with ("mariupol" in `mar`
   * when `ma` was split for size, else in `ma`); 1- and 2-letter terms are their own prefix.
   */
  keys: string[];
  /** For each key, the index in `files` of the shard file holding its terms (small keys share a file). */
  fileOfKey: number[];
  /** Shard files by content hash: `search/<hash>.json` beside the manifest. */
  files: string[];
  /**
   * The shard files themselves, in the order of `files`, when the whole index is small (the seed's is 3 KB):
   * a first search then costs one request, as when the index was one file.
   */
  inline?: SearchShard[];
  /** The corpus's stories by position, for results shown without the corpus index (absent in a local index). */
  stories?: StoryBlocks;
}

/**
 * One shard file: each term's postings as one flat list of four numbers per document, sorted by story then
 * document: the story as a difference from the previous posting's story, the document (`ShardDoc.doc`), how
 * often the term occurs there, and the document's length in words.
 */
export type SearchShard = Record<string, number[]>;

/** Numbers per posting in a `SearchShard` list. */
export const POSTING_WIDTH = 4;

/** The field a document number stands for. */
export function shardField(doc: number): ShardField {
  return doc === 0 ? 'title' : doc < 0 ? 'heading' : 'text';
}
