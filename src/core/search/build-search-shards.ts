import { hashText } from '../bundle/hash-text.ts';
import type { Section } from '../schema.ts';
import { MIN_PREFIX } from './search-defaults.ts';
import { entityTerm } from './entity-term.ts';
import { searchTerm } from './search-term.ts';
import { shardField, type SearchManifest, type SearchShard, type ShardField } from './search-shards.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** A story to index, and the number its hits will name it by. */
export interface ShardStory {
  /** Its position in the corpus index (or in the reader's own digests): postings carry it. */
  at: number;
  title: string;
  sections: readonly Pick<Section, 'heading' | 'paragraphs'>[];
  /**
   * The ids of the entities each body paragraph names, by position (as `StorySummary.paragraphEntities`): indexed
   * as entity terms (`entityTerm`), so the worker can apply an entity filter without the corpus index.
   */
  paragraphEntities?: readonly (readonly string[])[];
}

/** The sharded index: the manifest, and each shard file's JSON by its hash. */
export interface SearchShards {
  manifest: SearchManifest;
  files: Map<string, string>;
}

/** The sharded index before its files are named: the manifest but its `files`, and the files' contents in order. */
export interface ShardTable {
  manifest: Omit<SearchManifest, 'files'>;
  shards: SearchShard[];
}

/** Where shards are cut (the defaults suit the app; tests pass smaller ones). */
export interface ShardSizes {
  /** A 2-letter prefix whose terms' postings pass this many characters of JSON is split by 3 letters. */
  splitAt: number;
  /** Small prefixes share a file until it holds this many characters, so a small corpus is a file or two. */
  fileTarget: number;
}

const SIZES: ShardSizes = { splitAt: 40_000, fileTarget: 12_000 };

/** An index whose shards hold at most this many characters of JSON in all goes inside its manifest. */
const INLINE_MAX = 16_000;

/**
 * `buildShardTable` with each file as JSON named by its content hash, as the build writes them; a small index
 * (the seed's) goes whole inside the manifest instead, with no files.
 */
export function buildSearchShards(
  stories: readonly ShardStory[],
  sizes: ShardSizes = SIZES,
  entityIds: readonly string[] = [],
): SearchShards {
  const { manifest, shards } = buildShardTable(stories, sizes, entityIds);
  const files = new Map<string, string>();
  const names = shards.map((shard) => {
    const json = JSON.stringify(shard);
    const hash = hashText(json);
    files.set(hash, json);
    return hash;
  });
  const size = [...files.values()].reduce((sum, json) => sum + json.length, 0);
  if (size <= INLINE_MAX && size <= sizes.fileTarget * 2)
    return { manifest: { ...manifest, files: names, inline: shards }, files: new Map() };
  return { manifest: { ...manifest, files: names }, files };
}

/**
 * Indexes `stories` in shards by term prefix: each headline, sub-heading and paragraph a document of its own,
 * its words folded as `searchTerm` folds them (stop words left out); the postings of the terms beginning with
 * the same 2 letters (3 where 2 are too many) in one shard, small shards sharing a file named by its hash.
 * Each of `entityIds` (the corpus's entities) is a term too (`entityTerm`), posted in the paragraphs naming it.
 */
export function buildShardTable(
  stories: readonly ShardStory[],
  sizes: ShardSizes = SIZES,
  entityIds: readonly string[] = [],
): ShardTable {
  const postings = new Map<string, number[]>();
  const lastStory = new Map<string, number>();
  const fields: Record<ShardField, { count: number; words: number }> = {
    title: { count: 0, words: 0 },
    heading: { count: 0, words: 0 },
    text: { count: 0, words: 0 },
  };
  const add = (story: number, doc: number, text: string) => {
    const counts = new Map<string, number>();
    let words = 0;
    for (const token of tokenizeWords(text)) {
      const term = searchTerm(token.word);
      if (term === null) continue;
      words++;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    const field = fields[shardField(doc)];
    field.count++;
    field.words += words;
    for (const [term, tf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(story - (lastStory.get(term) ?? 0), doc, tf, words);
      lastStory.set(term, story);
    }
  };
  // every entity of the corpus has its term, even one no paragraph names: a filter on it then finds nothing,
  // where a term missing altogether means an entity this corpus does not know (the filter drops it)
  for (const id of entityIds) postings.set(entityTerm(id), []);
  const addEntities = (story: number, entities: readonly (readonly string[])[]) => {
    entities.forEach((ids, position) => {
      for (const id of new Set(ids)) {
        const term = entityTerm(id);
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        // not scored, only intersected: a term count and a length of 1
        list.push(story - (lastStory.get(term) ?? 0), position + 1, 1, 1);
        lastStory.set(term, story);
      }
    });
  };
  // postings must come sorted by story for the differences: index the stories in order of `at`
  for (const story of [...stories].sort((a, b) => a.at - b.at)) {
    add(story.at, 0, story.title);
    let position = 0;
    story.sections.forEach((section, s) => {
      if (section.heading !== null) add(story.at, -(s + 1), section.heading);
      for (const paragraph of section.paragraphs) add(story.at, ++position, paragraph.text);
    });
    if (story.paragraphEntities) addEntities(story.at, story.paragraphEntities);
  }

  const buckets = bucketTerms(postings, sizes.splitAt);
  const keys = [...buckets.keys()].sort();
  const shards: SearchShard[] = [];
  const fileOfKey: number[] = [];
  let pending: [string, number[]][] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    // Object.fromEntries defines every term as its own property, "__proto__" and "constructor" included
    shards.push(Object.fromEntries(pending));
    pending = [];
    size = 0;
  };
  for (const key of keys) {
    const bucket = buckets.get(key) ?? [];
    if (size >= sizes.fileTarget) flush();
    fileOfKey.push(shards.length);
    for (const term of bucket) {
      const list = postings.get(term) ?? [];
      pending.push([term, list]);
      size += term.length + 2 * list.length + 4;
    }
  }
  flush();
  const documentCount = fields.title.count + fields.heading.count + fields.text.count;
  return { manifest: { format: 1, documentCount, fields, keys, fileOfKey }, shards };
}

/** Terms by shard key: their first 2 letters, or 3 where a 2-letter prefix holds too much. */
function bucketTerms(postings: ReadonlyMap<string, number[]>, splitAt: number): Map<string, string[]> {
  const byTwo = new Map<string, string[]>();
  for (const term of postings.keys()) push(byTwo, term.slice(0, 2), term);
  const buckets = new Map<string, string[]>();
  for (const [key, terms] of byTwo) {
    // an estimate of the JSON: a few characters per number
    const size = terms.reduce((sum, term) => sum + term.length + 2 * (postings.get(term)?.length ?? 0), 0);
    if (size <= splitAt) {
      buckets.set(key, terms);
      continue;
    }
    // "ma" (too large) becomes "ma" (the word itself) and "mar", "mad", …: still one shard per query word
    for (const term of terms) push(buckets, term.slice(0, MIN_PREFIX), term);
  }
  return buckets;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
