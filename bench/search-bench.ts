/**
 * Full-text search at scale: for a generated corpus (1000× the seed by default), the whole MiniSearch index the
 * app shipped before #17 (its size, revival and per-keystroke times, for comparison), then the sharded index the
 * app ships: the bytes and time of a first search at 1× and at this scale, and each keystroke's query through the
 * search worker's message handler for prefixes of 1 to 6 characters; given a build of
 * the same corpus, also typing on its `/search` in Chromium (bench/search-typing-bench.ts).
 * `tsx bench/search-bench.ts [scale] [dist]` prints the section on its own; `npm run bench` appends it to
 * bench/RESULTS.md.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeCorpusBundle } from '../src/core/bundle/make-corpus-bundle.ts';
import { makeStoryIdsUnique } from '../src/core/parse/make-story-ids-unique.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import type { Corpus, CorpusIndex, Document, StoryBody } from '../src/core/schema.ts';
import { buildSearchIndex } from '../src/core/search/build-search-index.ts';
import { buildSearchFiles } from '../src/core/search/build-search-files.ts';
import { groupHits } from '../src/core/search/group-hits.ts';
import { loadSearchEngine } from '../src/core/search/load-search-engine.ts';
import { resolveSearchHits } from '../src/core/search/resolve-search-hits.ts';
import { tokenizeWords } from '../src/core/search/tokenize-words.ts';
import { createSearchWorkerHandler } from '../src/data/search/search-worker-handler.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../src/data/search/search-worker-protocol.ts';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './median.ts';
import { searchTypingSection } from './search-typing-bench.ts';
import { createPrng } from './prng.ts';

/** Queries timed per prefix length. */
const QUERIES = 60;
const PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6];

/** The value below which `p` of the sorted values fall (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** The structure of each digest with no entity pass: search indexes text, not mentions, and this is 5× faster. */
function structureOnly(files: { name: string; text: string }[]): Corpus {
  const parsed = makeStoryIdsUnique(files.map((f) => parseDocument(f.text, { source: f.name })));
  const documents: Document[] = parsed.map((d) => ({
    ...d,
    stories: d.stories.map((s) => ({
      ...s,
      titleMentions: [],
      sections: s.sections.map((sec) => ({
        ...sec,
        headingMentions: [],
        paragraphs: sec.paragraphs.map((p) => ({ ...p, mentions: [], quotes: [] })),
      })),
    })),
  }));
  return { documents, entities: [] };
}

/** The files of the sharded index as the build writes them: the manifest at `MANIFEST_URL`, shards beside it. */
const MANIFEST_URL = 'corpus/search-v.json';

interface ShardFiles {
  /** Text by URL. */
  text: Map<string, string>;
  /** Bytes gzip -9 by URL: what a server sends. */
  gzip: Map<string, number>;
}

/** The sharded index of a corpus as URLs → text and gzip bytes, and how long building it took. */
function shardFiles(index: CorpusIndex, bodies: StoryBody[]) {
  const t0 = performance.now();
  const { manifest, files } = buildSearchFiles(index, bodies);
  const buildMs = performance.now() - t0;
  const text = new Map([[MANIFEST_URL, JSON.stringify(manifest)]]);
  for (const [hash, json] of files) text.set(`corpus/search/${hash}.json`, json);
  const gzip = new Map([...text].map(([url, json]) => [url, gzipSync(json, { level: 9 }).length]));
  return { files: { text, gzip } satisfies ShardFiles, buildMs, manifest };
}

/**
 * The search worker's message handler (`createSearchWorkerHandler`) with the index files and the reader's
 * digests handed in: `send` a request, get its answer and how long the handler took to give it; `fetched` lists
 * the URLs it asked for. Runs in this thread, so the times are the worker's own work, without a thread hop.
 */
function handlerHarness(files: ShardFiles, localBodies: StoryBody[]) {
  let answer: ((response: SearchWorkerResponse, transfer: Transferable[]) => void) | null = null;
  const fetched: string[] = [];
  const handle = createSearchWorkerHandler(
    {
      fetchText: async (url) => {
        fetched.push(url);
        const text = files.text.get(url);
        if (text === undefined) throw new Error(`no file ${url}`);
        return text;
      },
      listLocalBodies: async () => localBodies,
      defer: (task) => task(),
    },
    (response, transfer) => answer?.(response, transfer),
  );
  let nextId = 1;
  const send = (make: (id: number) => SearchWorkerRequest) =>
    new Promise<{ response: SearchWorkerResponse; transfer: Transferable[]; ms: number }>((resolve) => {
      const t0 = performance.now();
      answer = (response, transfer) => resolve({ response, transfer, ms: performance.now() - t0 });
      handle(make(nextId++));
    });
  return Object.assign(send, { fetched });
}

/** A first search as a fresh worker makes it, per query: its load and search times, and the gzip bytes it fetched. */
async function firstSearches(files: ShardFiles, queries: readonly [string, string][]) {
  const rows: { ms: number; bytes: number; requests: number; nextBytes: number }[] = [];
  for (const [query, next] of queries) {
    const send = handlerHarness(files, []);
    const t0 = performance.now();
    await send((id) => ({ type: 'load', id, url: MANIFEST_URL }));
    const { response } = await send((id) => ({ type: 'search', id, query }));
    const ms = performance.now() - t0;
    if (response.type !== 'hits') throw new Error(`search answered ${response.type}`);
    const bytes = send.fetched.reduce((sum, url) => sum + (files.gzip.get(url) ?? 0), 0);
    const requests = send.fetched.length;
    // then a query of other words: only the shards the first did not fetch
    await send((id) => ({ type: 'search', id, query: next }));
    const nextBytes = send.fetched.slice(requests).reduce((sum, url) => sum + (files.gzip.get(url) ?? 0), 0);
    rows.push({ ms, bytes, requests, nextBytes });
  }
  return rows;
}

/** Words of the corpus itself (6+ letters), picked by a seeded PRNG: what a reader would type. */
function pickWords(bodies: readonly StoryBody[], count: number, seed: number): string[] {
  const rng = createPrng(seed);
  const words = [
    ...new Set(
      bodies.flatMap((b) =>
        b.story.sections.flatMap((s) =>
          s.paragraphs.flatMap((p) => tokenizeWords(p.text).map((t) => t.word)),
        ),
      ),
    ),
  ].filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w));
  return Array.from({ length: count }, () => rng.pick(words));
}

/** The search section of bench/RESULTS.md, in Markdown. */
export async function searchBenchSection(
  scale = 1000,
  log: (line: string) => void = () => {},
  /** A build of the same corpus with the current code: typing on its `/search` is timed in Chromium too. */
  typingDist: string | null = null,
): Promise<string> {
  const files = generateCorpus(scale, scale);
  const textBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
  const { index, bodies } = makeCorpusBundle(structureOnly(files));
  const paragraphs = bodies.reduce(
    (n, b) => n + b.story.sections.reduce((m, s) => m + s.paragraphs.length, 0),
    0,
  );
  log(`search ${scale}×: ${bodies.length} stories, ${paragraphs} paragraphs`);

  let t0 = performance.now();
  const json = buildSearchIndex(index, bodies);
  const buildMs = performance.now() - t0;
  const bytes = Buffer.byteLength(json, 'utf8');
  const gzip = gzipSync(json, { level: 9 }).length;
  log(
    `  index ${(bytes / 1e6).toFixed(1)} MB, gzip ${(gzip / 1e6).toFixed(1)} MB, built in ${buildMs.toFixed(0)} ms`,
  );

  const loads: number[] = [];
  let engine = await loadSearchEngine(json);
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    engine = await loadSearchEngine(json);
    loads.push(performance.now() - t0);
  }
  log(`  load ${median(loads).toFixed(0)} ms`);

  const picked = pickWords(bodies, QUERIES, 7);
  const rows = PREFIX_LENGTHS.map((length) => {
    const search: number[] = [];
    const total: number[] = [];
    const hits: number[] = [];
    for (const word of picked) {
      const query = word.slice(0, length);
      t0 = performance.now();
      const raw = engine.search(query);
      const t1 = performance.now();
      const grouped = groupHits(index, raw, null);
      const t2 = performance.now();
      search.push(t1 - t0);
      total.push(t2 - t0);
      hits.push(grouped.hitCount);
    }
    log(
      `  ${length} chars: median ${median(total).toFixed(1)} ms, p95 ${percentile(total, 0.95).toFixed(1)} ms`,
    );
    return { length, search, total, hits };
  });

  // The sharded index (what the app ships): built here at this scale and at 1×; a first search as a fresh worker
  // makes it (the manifest, then the shards its words select), each picked word typed whole, then another word.
  const localBodies = makeCorpusBundle(structureOnly(generateCorpus(1, 1))).bodies;
  const seedScale = makeCorpusBundle(structureOnly(generateCorpus(1, 1)));
  const sharded = shardFiles(index, bodies);
  const seedSharded = shardFiles(seedScale.index, seedScale.bodies);
  const pairs = (list: readonly string[]) =>
    list.map((word, i): [string, string] => [word, list[(i + 1) % list.length] ?? word]);
  const seedPicked = pickWords(seedScale.bodies, QUERIES, 7);
  const firstRows = [
    { label: '1×', files: seedSharded, rows: await firstSearches(seedSharded.files, pairs(seedPicked)) },
    { label: `${scale}×`, files: sharded, rows: await firstSearches(sharded.files, pairs(picked)) },
  ];
  for (const { label, rows: r } of firstRows) {
    log(
      `  first search ${label}: median ${(median(r.map((x) => x.bytes)) / 1024).toFixed(1)} KB, max ${(Math.max(...r.map((x) => x.bytes)) / 1024).toFixed(1)} KB, ${median(r.map((x) => x.ms)).toFixed(1)} ms`,
    );
  }

  // Through the search worker's handler: its first `load` (the manifest), re-indexing the reader's own digests
  // (the 1× seed's stories read as one local digest) on a later `load`, and each keystroke as the page sees it:
  // the worker's answer (shards fetched from memory and parsed the first time a word needs them), its copy to
  // the page (structuredClone with the scores' buffer transferred, as postMessage does), then the page's own work
  // (hits rebuilt, placed, grouped by story).
  const workerLoads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const send = handlerHarness(sharded.files, []);
    const { response, ms: took } = await send((id) => ({ type: 'load', id, url: MANIFEST_URL }));
    if (response.type !== 'loaded') throw new Error(`load answered ${response.type}`);
    workerLoads.push(took);
  }
  const withLocal = handlerHarness(sharded.files, localBodies);
  await withLocal((id) => ({ type: 'load', id, url: MANIFEST_URL }));
  const relocal: number[] = [];
  for (let i = 0; i < 5; i++) {
    relocal.push((await withLocal((id) => ({ type: 'load', id, url: MANIFEST_URL }))).ms);
  }
  log(`  worker load ${median(workerLoads).toFixed(0)} ms, local re-index ${median(relocal).toFixed(1)} ms`);
  const workerRows = [];
  for (const length of PREFIX_LENGTHS) {
    const inWorker: number[] = [];
    const copy: number[] = [];
    const onPage: number[] = [];
    for (const word of picked) {
      const query = word.slice(0, length);
      const { response, transfer, ms: took } = await withLocal((id) => ({ type: 'search', id, query }));
      if (response.type !== 'hits') throw new Error(`search answered ${response.type}`);
      t0 = performance.now();
      const received = structuredClone(response, { transfer });
      const t1 = performance.now();
      const raw = received.ids.map((id, i) => ({ id, score: received.scores[i] ?? 0 }));
      groupHits(index, resolveSearchHits(index, raw), null);
      const t2 = performance.now();
      inWorker.push(took);
      copy.push(t1 - t0);
      onPage.push(t2 - t1);
    }
    log(
      `  ${length} chars via worker handler: worker p95 ${percentile(inWorker, 0.95).toFixed(1)} ms, page p95 ${percentile(onPage, 0.95).toFixed(1)} ms`,
    );
    workerRows.push({ length, inWorker, copy, onPage });
  }

  let typing = '';
  if (typingDist) {
    try {
      typing = await searchTypingSection(join(import.meta.dirname, '..'), typingDist, `${scale}×`, log);
    } catch (err) {
      typing = `### Typing on /search in Chromium\n\nNot measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`;
    }
  }

  const ms = (n: number): string => n.toFixed(1);
  const p95 = (values: readonly number[]) => ms(percentile(values, 0.95));
  return [
    '## Full-text search',
    '',
    `bench/search-bench.ts: the ${scale}× corpus of bench/generate-corpus.ts (${(textBytes / 1e6).toFixed(2)} MB of digests,`,
    `${bodies.length} stories, ${paragraphs} paragraphs; structure parsed, no entity pass). First the whole MiniSearch`,
    'index the app shipped before #17, for comparison (`buildSearchIndex`: one MiniSearch document per headline,',
    'sub-heading and paragraph; no stored fields), which a first search fetched and revived whole.',
    `Load: \`loadSearchEngine\` (\`MiniSearch.loadJSONAsync\`), median of 3 in Node. Queries: ${QUERIES} words of 6+`,
    'letters picked from the corpus by a seeded PRNG, each typed as a 1- to 6-character prefix and searched with the',
    "app's options (`SEARCH_DEFAULTS`: every word must match, prefix from 3 letters, one typo per 5 letters from 4,",
    'stop words left out; 1- and 2-letter words match only themselves), then grouped by story as the results list',
    'does (`groupHits`). Timings in Node on this shared machine (see the load average above).',
    '',
    '| index MB | index MB gzip | build ms | load ms (median) |',
    '|---:|---:|---:|---:|',
    `| ${(bytes / 1e6).toFixed(2)} | ${(gzip / 1e6).toFixed(2)} | ${buildMs.toFixed(0)} | ${median(loads).toFixed(0)} (${loads.map((n) => n.toFixed(0)).join(', ')}) |`,
    '',
    '| prefix length | search ms median | search ms p95 | search + group ms median | search + group ms p95 | hits median |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.length} | ${ms(median(r.search))} | ${ms(percentile(r.search, 0.95))} | ${ms(median(r.total))} | ${ms(percentile(r.total, 0.95))} | ${median(r.hits).toFixed(0)} |`,
    ),
    '',
    '### A first search, in pieces',
    '',
    'What the app ships since #17: `buildSearchShards` (src/core/search/build-search-shards.ts), a manifest',
    '(`corpus/search-<version>.json`) and shard files of postings by term prefix (`corpus/search/<hash>.json`).',
    `A first search as a fresh worker's handler makes it (\`createSearchWorkerHandler\`, files served from memory):`,
    `the manifest, then the shard file each word's prefix selects; each of the ${QUERIES} picked words searched whole,`,
    'then the next picked word as "a further query" (only shards the first did not fetch). KB = 1,024 bytes of gzip -9',
    'per file, as a server sends them; ms in Node, one thread, the fetches instant (the network is not in it). The',
    'whole MiniSearch index above is what a first search fetched before (plus the whole corpus index on the page).',
    '',
    '| corpus | manifest KB | shard files | all shards KB | largest shard KB | build ms | first search KB median | max | requests max | first search ms median | p95 | further query KB median | max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...firstRows.map(({ label, files: f, rows: r }) => {
      const shardKb = [...f.files.gzip].filter(([url]) => url !== MANIFEST_URL).map(([, n]) => n / 1024);
      const kb = (n: number) => (n / 1024).toFixed(1);
      // a small index's shards are inside its manifest: no files of their own
      const files = f.manifest.inline ? `${f.manifest.inline.length} in the manifest` : `${shardKb.length}`;
      const all = shardKb.length > 0 ? shardKb.reduce((a, b) => a + b, 0).toFixed(1) : '—';
      const largest = shardKb.length > 0 ? Math.max(...shardKb).toFixed(1) : '—';
      return `| ${label} | ${kb(f.files.gzip.get(MANIFEST_URL) ?? 0)} | ${files} | ${all} | ${largest} | ${f.buildMs.toFixed(0)} | ${kb(median(r.map((x) => x.bytes)))} | ${kb(Math.max(...r.map((x) => x.bytes)))} | ${Math.max(...r.map((x) => x.requests))} | ${ms(median(r.map((x) => x.ms)))} | ${p95(r.map((x) => x.ms))} | ${kb(median(r.map((x) => x.nextBytes)))} | ${kb(Math.max(...r.map((x) => x.nextBytes)))} |`;
    }),
    '',
    '### Through the search worker',
    '',
    'In the browser the index is loaded and queried in a Web Worker (src/data/search/search-worker.ts); the page only',
    "sends the query and groups the answer. Measured here by driving the worker's message handler",
    '(`createSearchWorkerHandler`, the code the worker runs) in Node, in one thread: "worker" is the handler\'s time',
    'from a request to its answer (off the page\'s main thread in the browser), "copy" the answer\'s structured',
    "clone with the scores' buffer transferred (what `postMessage` does; in a browser the two sides share it),",
    '"page" what is left on the main thread per keystroke: hits rebuilt from the answer, local ids placed',
    `(\`resolveSearchHits\`) and grouped by story (\`groupHits\`). The handler also holds the reader's own digests: the 1×`,
    `seed read as one local digest (${localBodies.length} stories) is re-indexed on every \`load\` (after a digest is added or removed)`,
    'and searched with every query. Not a browser measurement: a phone is several times slower than this machine,',
    'but what runs on its main thread per keystroke is only the "page" column.',
    '',
    '| worker load ms (median of 3: the manifest handed in, read) | local digests re-index ms (median of 5) |',
    '|---:|---:|',
    `| ${median(workerLoads).toFixed(0)} (${workerLoads.map((n) => n.toFixed(0)).join(', ')}) | ${ms(median(relocal))} |`,
    '',
    '| prefix length | worker ms median | worker ms p95 | copy ms p95 | page ms median | page ms p95 |',
    '|---:|---:|---:|---:|---:|---:|',
    ...workerRows.map(
      (r) =>
        `| ${r.length} | ${ms(median(r.inWorker))} | ${p95(r.inWorker)} | ${p95(r.copy)} | ${ms(median(r.onPage))} | ${p95(r.onPage)} |`,
    ),
    '',
    ...(typing ? [typing] : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2] ?? 1000);
  // `tsx bench/search-bench.ts 1000 bench/.work/dist-1000x`: also time typing on that build's /search
  searchBenchSection(scale, (line) => void process.stderr.write(`${line}\n`), process.argv[3] ?? null).then(
    (markdown) => process.stdout.write(markdown),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
