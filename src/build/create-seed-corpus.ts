import { isAbsolute, join, relative, sep } from 'node:path';
import { buildCorpus } from '../core/build-corpus.ts';
import { applyCorrections } from '../core/corrections/apply-corrections.ts';
import type { Correction } from '../core/corrections/correction.ts';
import type { DigestFile } from '../core/build-corpus.ts';
import { hashText } from '../core/bundle/hash-text.ts';
import { indexUrl } from '../core/bundle/index-url.ts';
import { makeCorpusBundle } from '../core/bundle/make-corpus-bundle.ts';
import { sliceFiles } from '../core/bundle/slices/slice-files.ts';
import { slicesPay, type SliceSetting } from '../core/bundle/slices/slices-pay.ts';
import { buildSearchFiles } from '../core/search/build-search-files.ts';
import { searchIndexUrl, searchShardUrl } from '../core/search/search-index-url.ts';
import { parseDocument } from '../core/parse/parse-document.ts';
import type { Diagnostic, ParsedDocument } from '../core/schema.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { listSeedFiles } from './list-seed-files.ts';
import { readDigestFile } from './read-digest-file.ts';
import { CORRECTIONS_FILE, readCorrectionsFile } from './read-corrections-file.ts';
import type { ReadResult } from './read-digest-file.ts';

/** The corpus as files to serve or emit, relative to the base URL. */
export interface BuiltCorpus {
  version: string;
  /** `corpus/index-<version>.json`. */
  indexUrl: string;
  /**
   * `corpus/search-<version>.json`: the full-text index's manifest, fetched only when the reader searches; its
   * shards (`corpus/search/<hash>.json`) are fetched by the words searched for.
   */
  searchUrl: string;
  /** Whether pages load slices of the index (src/core/bundle/slices/slices-pay.ts), written among `assets`. */
  slices: boolean;
  /** File name (`corpus/…json`) → its JSON text: the index, the search index, every story body and every slice. */
  assets: Map<string, string>;
  /** Warnings met in the seeds (empty digest, legacy encoding …), for the build log. */
  warnings: Diagnostic[];
  /** Number of seed files read. */
  fileCount: number;
}

/** The seeds of one folder, kept in memory so a change re-reads and re-parses only the file that changed. */
export interface SeedCorpus {
  /** Reads every seed (again). */
  loadAll(): Promise<void>;
  /** Re-reads one seed after it was added or changed. */
  update(path: string): Promise<void>;
  /** Forgets a deleted seed, or every seed under a deleted folder. */
  remove(path: string): void;
  /** Builds the corpus from the seeds in memory; throws an Error whose message is `FILE:LINE: reason` lines. */
  build(): BuiltCorpus;
}

/**
 * Seeds of `seedsDir` (absolute), named in the corpus by their path relative to `root` ("seeds/000_x.txt"),
 * or absolute when they live outside it.
 */
export function createSeedCorpus(
  seedsDir: string,
  root: string,
  sliceSetting: SliceSetting = 'auto',
): SeedCorpus {
  const files = new Map<string, ReadResult & { hash: string }>();
  const parsed = new Map<string, ParsedDocument>();
  // Readers' corrections (seeds/corrections.json), applied after annotation; a malformed file is kept as its error.
  const correctionsPath = join(seedsDir, CORRECTIONS_FILE);
  let corrections: Correction[] = [];
  let correctionsError: Error | null = null;
  const readCorrections = async (): Promise<void> => {
    corrections = [];
    correctionsError = null;
    try {
      corrections = await readCorrectionsFile(correctionsPath, sourceOf(correctionsPath));
    } catch (error) {
      correctionsError = error instanceof Error ? error : new Error(String(error));
    }
  };

  const sourceOf = (path: string): string => {
    const rel = relative(root, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
  };
  const read = async (path: string): Promise<void> => {
    const result = await readDigestFile(path, sourceOf(path));
    files.set(path, { ...result, hash: result.ok ? hashText(result.file.text) : '' });
  };
  // Parse results survive rebuilds, keyed by content, so only a changed digest is parsed again.
  const parseCached = (file: DigestFile, id: string): ParsedDocument => {
    const key = `${file.source}\0${id}\0${hashText(file.text)}`;
    const cached = parsed.get(key);
    if (cached) return cached;
    const document = parseDocument(file.text, { source: file.source, id });
    parsed.set(key, document);
    return document;
  };

  return {
    async loadAll() {
      let paths: string[];
      try {
        paths = await listSeedFiles(seedsDir);
      } catch {
        throw new Error(
          `${sourceOf(seedsDir)}: no such folder of seed digests (set DIGEST_SEEDS to another)`,
        );
      }
      files.clear();
      await Promise.all([...paths.map(read), readCorrections()]);
    },
    update: (path) => (path === correctionsPath ? readCorrections() : read(path)),
    remove(path) {
      if (path === correctionsPath) void readCorrections();
      for (const key of files.keys()) if (key === path || key.startsWith(path + sep)) files.delete(key);
    },
    build() {
      const digests: DigestFile[] = [];
      const errors: Diagnostic[] = [];
      for (const result of files.values()) {
        if (result.ok) digests.push(result.file);
        else errors.push(result.error);
      }
      if (errors.length > 0) {
        throw new Error(errors.map(formatDiagnostic).sort().join('\n'));
      }
      const used = new Set<string>();
      if (correctionsError) throw correctionsError;
      const annotated = buildCorpus(digests, {
        parse: (file, id) => {
          used.add(`${file.source}\0${id}\0${hashText(file.text)}`);
          return parseCached(file, id);
        },
      });
      for (const key of parsed.keys()) if (!used.has(key)) parsed.delete(key);
      const corpus = applyCorrections(annotated, corrections);
      const { index, bodies } = makeCorpusBundle(corpus);
      const assets = new Map<string, string>();
      const indexJson = JSON.stringify(index);
      assets.set(indexUrl(index.version), indexJson);
      bodies.forEach((body, i) => {
        const chunk = index.stories[i]?.chunk;
        if (chunk) assets.set(chunk, JSON.stringify(body));
      });
      const search = buildSearchFiles(index, bodies);
      assets.set(searchIndexUrl(index.version), JSON.stringify(search.manifest));
      for (const [hash, json] of search.files) assets.set(searchShardUrl(hash), json);
      const slices = slicesPay(indexJson.length, sliceSetting);
      if (slices) for (const [fileName, json] of sliceFiles(index)) assets.set(fileName, json);
      return {
        version: index.version,
        indexUrl: indexUrl(index.version),
        searchUrl: searchIndexUrl(index.version),
        slices,
        assets,
        warnings: corpus.documents.flatMap((document) => document.warnings),
        fileCount: digests.length,
      };
    },
  };
}
