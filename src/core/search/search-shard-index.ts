import { editDistance } from '../entities/alias/edit-distance.ts';
import { entityTerm } from './entity-term.ts';
import { queryTerms } from './query-terms.ts';
import { FUZZY, MIN_FUZZY, MIN_PREFIX, SEARCH_DEFAULTS } from './search-defaults.ts';
import type { RawHit } from './search-engine.ts';
import { POSTING_WIDTH, shardField, type SearchManifest, type SearchShard } from './search-shards.ts';
import { keyIndex, shardKey } from './shard-key.ts';

/** An entity filter by entity ids, as the worker applies it (`EntityFilter` without demonyms, which need bodies). */
export interface ShardFilter {
  include: readonly string[];
  match: 'all' | 'any';
  exclude: readonly string[];
}

/** A sharded index as the worker queries it: shards are fetched (once each) as queries need them. */
export interface ShardSearchIndex {
  readonly documentCount: number;
  /**
   * Documents answering every word of `query` (`SEARCH_DEFAULTS`' rules), best first; with a `filter` that
   * includes or excludes something, only paragraphs passing it (as `groupHits` filters with the corpus index:
   * headlines and sub-headings dropped; an entity the index does not know left out of the filter, which is off
   * when no entity it names is known, as `parseEntityFilter` reads it against the corpus index).
   */
  search(query: string, filter?: ShardFilter | null): Promise<RawHit[]>;
}

// BM25+ as MiniSearch scores it, and its weights for a word found by prefix or by typo rather than as typed
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// a document as one number: the story times this, plus its doc number shifted to be positive
const STORY_STRIDE = 2 ** 21;
const DOC_SHIFT = 2 ** 20;

/**
 * Queries the shards of `manifest` (fetched with `loadFile`, or inside the manifest): each query word reads the one shard its prefix selects, where it matches
 * terms as typed, as a prefix from 3 letters ("mariu" → mariupol) and within one typo per five letters from 4
 * ("mariupl" → mariupol; the typo must come after the shard's 2 or 3 letters). `idOf` names a hit.
 */
export function createShardSearchIndex(
  manifest: SearchManifest,
  loadFile: (hash: string) => Promise<SearchShard>,
  idOf: (story: number, doc: number) => string,
): ShardSearchIndex {
  if (manifest.format !== 1) throw new Error(`Unknown search index format ${String(manifest.format)}`);
  const loaded = new Map<number, Promise<SearchShard>>();
  const fileFor = (key: string): Promise<SearchShard> | null => {
    const at = keyIndex(manifest.keys, key);
    const file = manifest.fileOfKey[at];
    const hash = file === undefined ? undefined : manifest.files[file];
    if (file === undefined || hash === undefined) return null;
    let shard = loaded.get(file);
    if (!shard) {
      const inline = manifest.inline?.[file];
      shard = inline ? Promise.resolve(inline) : loadFile(hash);
      loaded.set(file, shard);
      // a failed fetch is not kept: the next query asks again
      shard.catch(() => loaded.delete(file));
    }
    return shard;
  };

  const bm25 = (tf: number, df: number, length: number, doc: number): number => {
    const field = manifest.fields[shardField(doc)];
    const average = field.count > 0 ? field.words / field.count : 1;
    const idf = Math.log(1 + (manifest.documentCount - df + 0.5) / (df + 0.5));
    return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));
  };

  /** Scores by document of one query word. */
  const wordScores = (term: string, key: string, shard: SearchShard): Map<number, number> => {
    const scores = new Map<number, number>();
    const allowed =
      term.length >= MIN_FUZZY ? Math.min(SEARCH_DEFAULTS.maxFuzzy, Math.round(term.length * FUZZY)) : 0;
    for (const [word, list] of Object.entries(shard)) {
      if (!word.startsWith(key)) continue;
      const weight = matchWeight(word, term, allowed);
      if (weight === 0) continue;
      const df: Record<string, number> = {};
      for (let i = 0; i < list.length; i += POSTING_WIDTH) {
        const field = shardField(list[i + 1] ?? 0);
        df[field] = (df[field] ?? 0) + 1;
      }
      let story = 0;
      for (let i = 0; i < list.length; i += POSTING_WIDTH) {
        story += list[i] ?? 0;
        const doc = list[i + 1] ?? 0;
        const tf = list[i + 2] ?? 1;
        const length = list[i + 3] ?? 1;
        const boost = SEARCH_DEFAULTS.boost[shardField(doc)];
        const score = weight * boost * bm25(tf, df[shardField(doc)] ?? 1, length, doc);
        const id = story * STORY_STRIDE + doc + DOC_SHIFT;
        scores.set(id, (scores.get(id) ?? 0) + score);
      }
    }
    return scores;
  };

  /** The documents (as numbered in `search`) of the paragraphs naming entity `id`, or null when the index lacks it. */
  const entityDocs = async (id: string): Promise<Set<number> | null> => {
    const term = entityTerm(id);
    const key = shardKey(term, manifest.keys);
    const file = key === null ? null : fileFor(key);
    const shard = file && (await file);
    const list = shard && Object.hasOwn(shard, term) ? shard[term] : undefined;
    if (!list) return null;
    const docs = new Set<number>();
    let story = 0;
    for (let i = 0; i < list.length; i += POSTING_WIDTH) {
      story += list[i] ?? 0;
      docs.add(story * STORY_STRIDE + (list[i + 1] ?? 0) + DOC_SHIFT);
    }
    return docs;
  };

  /** Whether a document passes `filter`, or null when the filter is off. */
  const compile = async (filter: ShardFilter | null | undefined) => {
    if (!filter || filter.include.length + filter.exclude.length === 0) return null;
    const known = (sets: (Set<number> | null)[]) => sets.filter((set) => set !== null);
    const [include, exclude] = await Promise.all([
      Promise.all(filter.include.map(entityDocs)).then(known),
      Promise.all(filter.exclude.map(entityDocs)).then(known),
    ]);
    // as the page's filter: ids the index lacks are dropped when the URL is read, and a filter left with none is off
    if (include.length + exclude.length === 0) return null;
    return (id: number): boolean => {
      const doc = id - Math.floor(id / STORY_STRIDE) * STORY_STRIDE - DOC_SHIFT;
      if (doc <= 0 || exclude.some((set) => set.has(id))) return false;
      if (include.length === 0) return true;
      return filter.match === 'all'
        ? include.every((set) => set.has(id))
        : include.some((set) => set.has(id));
    };
  };

  return {
    documentCount: manifest.documentCount,
    async search(query, filter) {
      // the filter's entity shards load alongside the words' shards
      const passes = compile(filter);
      // a word with no shard returns before the filter is awaited: its failure must not go unhandled
      passes.catch(() => undefined);
      const words = queryTerms(query).map((term) => {
        const key = shardKey(term, manifest.keys);
        return { term, key, shard: key === null ? null : fileFor(key) };
      });
      if (words.length === 0) return [];
      const scored: Map<number, number>[] = [];
      for (const { term, key, shard } of words) {
        // every word must match: one the index has no shard for leaves nothing
        if (key === null || shard === null) return [];
        scored.push(wordScores(term, key, await shard));
      }
      scored.sort((a, b) => a.size - b.size);
      const [first, ...rest] = scored;
      const hits: { id: number; score: number }[] = [];
      const pass = await passes;
      for (const [id, score] of first ?? []) {
        if (pass && !pass(id)) continue;
        let total = score;
        let all = true;
        for (const other of rest) {
          const more = other.get(id);
          if (more === undefined) {
            all = false;
            break;
          }
          total += more;
        }
        if (all) hits.push({ id, score: total });
      }
      hits.sort((a, b) => b.score - a.score || a.id - b.id);
      return hits.map(({ id, score }) => {
        const story = Math.floor(id / STORY_STRIDE);
        return { id: idOf(story, id - story * STORY_STRIDE - DOC_SHIFT), score };
      });
    },
  };
}

/** How well an indexed word answers a query word: 1 as typed, less by prefix or typo (as MiniSearch weighs them), 0 not at all. */
function matchWeight(word: string, term: string, allowed: number): number {
  if (word === term) return 1;
  let weight = 0;
  if (term.length >= MIN_PREFIX && word.startsWith(term))
    weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (word.length - term.length));
  if (allowed > 0) {
    const distance = editDistance(word, term, allowed);
    if (distance <= allowed)
      weight = Math.max(weight, (FUZZY_WEIGHT * term.length) / (term.length + distance));
  }
  return weight;
}
