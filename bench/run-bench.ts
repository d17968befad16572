/**
 * `npm run bench`: generates digests at 1×, 10×, 100× and 1000× the seed's size plus one ≥ 10 MB file, times the
 * reader (parse; parse + entity extraction) against compromise on the same text, builds the site at each scale,
 * and writes bench/RESULTS.md. Scratch files go to bench/.work/ (git-ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { buildCorpus } from '../src/core/build-corpus.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import { ensureBenchTools } from './bench-tools.ts';
import { browserPhase } from './browser-phase.ts';
import type { BrowserResults } from './browser-phase.ts';
import { browserReport } from './browser-report.ts';
import { adversarialBench } from './adversarial-bench.ts';
import { firstLoadSize } from './first-load-size.ts';
import type { FirstLoad } from './first-load-size.ts';
import { generateCorpus, SEED_BYTES } from './generate-corpus.ts';
import { lazyChunksReport } from './lazy-chunks.ts';
import { searchBenchSection } from './search-bench.ts';
import { readingScoresSection } from './reading-scores.ts';
import type { GeneratedFile } from './generate-corpus.ts';
import { machineInfo } from './machine-info.ts';
import { median } from './median.ts';
import { siteFirstLoad } from './route-first-load.ts';
import type { SiteFirstLoad } from './route-first-load.ts';
import { timePair, timeRuns } from './time-runs.ts';
import type { Timing } from './time-runs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', '.work');
const SCALES = [1, 10, 100, 1000];
/** Scales compromise is run at: it reads about a hundred times slower, so larger ones would take minutes. */
const COMPROMISE_SCALES = new Set([1, 10]);
/** The single large file: 1150 × 9,090 B ≈ 10.5 MB, over issue 2's 10 MB mark. */
const BIG_SCALE = 1150;
const BUILD = process.argv.includes('--no-build') ? false : true;
/** `--no-browser` skips Chromium, Lighthouse and VitePress (they need a build). */
const BROWSER = !process.argv.includes('--no-browser');
/**
 * `--throughput` measures the reading throughput alone (no build, browser, search or adversarial input) and prints
 * its table without writing RESULTS.md: for checking a change to the reader's speed in a few minutes.
 */
const THROUGHPUT_ONLY = process.argv.includes('--throughput');
/** `--scales=seed,1,10` limits the throughput rows to those inputs ("big" is the single large file); all by default. */
const ONLY_SCALES = ((): Set<string> | null => {
  const arg = process.argv.find((a) => a.startsWith('--scales='));
  return arg ? new Set(arg.slice('--scales='.length).split(',')) : null;
})();
const wanted = (scale: string): boolean => ONLY_SCALES === null || ONLY_SCALES.has(scale);

interface Row {
  label: string;
  files: number;
  bytes: number;
  stories: number;
  parse: Timing;
  extract: Timing;
  compromise: Timing | null;
  /** Load average (1, 5, 15 min) once the row was measured. */
  load: number[];
}

interface BuildRow {
  label: string;
  /** Median wall time of `runs`. */
  seconds: number;
  runs: number[];
  corpusFiles: number;
  corpusBytes: number;
  indexBytes: number;
  indexGzip: number;
  largestBody: number;
  firstLoad: FirstLoad;
  /** From the Vite manifest: `/` and a story route, with the corpus JSON each fetches. */
  routes: SiteFirstLoad;
  /** Load average (1, 5, 15 min) right after the build. */
  load: number[];
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const mb = (bytes: number): number => bytes / 1e6;
const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

function measureReading(label: string, files: GeneratedFile[], scale: number): Row {
  const bytes = files.reduce((sum, f) => sum + utf8(f.text), 0);
  const small = bytes < 200_000;
  log(`${label}: ${files.length} file(s), ${mb(bytes).toFixed(2)} MB`);
  const parseAll = (): number =>
    files.reduce((n, f) => n + parseDocument(f.text, { source: f.name }).stories.length, 0);
  const stories = parseAll();
  const big = bytes > 2_000_000;
  // Every figure is CPU time after a warm-up (bench/time-runs.ts); past a few megabytes one run lasts seconds and
  // the JIT is warm well within it, so the warm-up is a single run there, or none for the biggest inputs.
  const warmUpMs = small ? 1000 : big ? 0 : 1;
  const parse = timeRuns(parseAll, { runs: small ? 21 : 5, warmUpMs });
  log(`  parse ${(mb(bytes) / (parse.medianMs / 1000)).toFixed(2)} MB/s`);
  const digests = files.map((f) => ({ source: f.name, text: f.text }));
  const extractAll = (): unknown => buildCorpus(digests);
  let extract: Timing;
  let compromise: Timing | null = null;
  if (COMPROMISE_SCALES.has(scale)) {
    // The ratio column compares like with like: the same files, both warmed up, runs alternating between the two
    // (a change in load falls on both), each run's CPU time, and the medians divided.
    const compromiseAll = (): void => {
      for (const f of files) {
        const doc = nlp(f.text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      }
    };
    // at 10× a pair of samples takes about 2 s (one compromise run): 11 pairs keep the row near half a minute
    [extract, compromise] = timePair(extractAll, compromiseAll, {
      runs: bytes < 50_000 ? 21 : 11,
      minRuns: 5,
      budgetMs: 60_000,
      warmUpMs: 2000,
    });
    log(`  compromise ${(mb(bytes) / (compromise.medianMs / 1000)).toFixed(3)} MB/s`);
  } else {
    // Extraction at the megabyte scales takes seconds a run: a time budget keeps the whole bench near 5 minutes.
    extract = timeRuns(extractAll, {
      runs: small ? 21 : scale > 1000 ? 1 : 5,
      minRuns: big ? 2 : 3,
      budgetMs: 30_000,
      warmUpMs,
    });
  }
  log(`  parse+extract ${(mb(bytes) / (extract.medianMs / 1000)).toFixed(2)} MB/s`);
  return { label, files: files.length, bytes, stories, parse, extract, compromise, load: loadavg() };
}

function writeSeeds(dir: string, files: GeneratedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
}

/** `vite build` of `seedsDir` into `outDir` (with the manifest the first-load figures follow) `runs` times. */
function measureBuild(label: string, seedsDir: string, outDir: string, runs = 1): BuildRow | string {
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--manifest',
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, env: { ...process.env, DIGEST_SEEDS: seedsDir, BASE_PATH: '/' }, encoding: 'utf8' },
    );
    if (run.status !== 0) {
      const reason = (run.stderr || run.stdout)
        .split('\n')
        .filter((line) => line.trim() && !/Build failed|error during build/.test(line))
        .slice(0, 4)
        .join(' ');
      log(`  build ${label} failed: ${reason}`);
      // Seven people edit this checkout: a build can catch a file half-written. Try once more before giving up.
      if (++failures > 1) return `${label}: build failed: ${reason}`;
      i--;
      continue;
    }
    times.push((performance.now() - t0) / 1000);
  }
  const seconds = median(times);
  const corpusDir = join(outDir, 'corpus');
  const names = readdirSync(corpusDir);
  // every file under corpus/, the slices' folder included
  const sizes = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(corpusDir, name)))
    .filter((stat) => stat.isFile())
    .map((stat) => stat.size);
  const indexName = names.find((name) => name.startsWith('index-')) ?? '';
  const index = readFileSync(join(corpusDir, indexName));
  log(`  build ${label}: ${times.map((t) => t.toFixed(1)).join(', ')} s`);
  return {
    label,
    seconds,
    runs: times,
    corpusFiles: sizes.length,
    corpusBytes: sizes.reduce((a, b) => a + b, 0),
    indexBytes: index.length,
    indexGzip: gzipSync(index, { level: 9 }).length,
    largestBody: Math.max(
      0,
      // story bodies are named by their hash alone; the index and the search index carry a prefix
      ...names.filter((n) => /^[0-9a-f]+\.json$/.test(n)).map((n) => statSync(join(corpusDir, n)).size),
    ),
    firstLoad: firstLoadSize(outDir),
    routes: siteFirstLoad(outDir),
    load: loadavg(),
  };
}

function cliSeconds(): number {
  const t0 = performance.now();
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['src/build/corpus-cli.ts', 'seeds/000_afe5c047c713dffb.txt'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  return (performance.now() - t0) / 1000;
}

/** "median (best, runs)" in MB/s: the best run shows the reader's speed when the shared machine let it run. */
function rate(bytes: number, timing: Timing | null): string {
  if (!timing) return '—';
  const speed = (ms: number): string => (mb(bytes) / (ms / 1000)).toFixed(2);
  return `${speed(timing.medianMs)} (${speed(Math.min(...timing.runs))}, ${timing.runs.length})`;
}

/** The "Reading throughput" section: how the rows were measured, their table, and the CLI's start-up. */
function throughputSection(rows: Row[], cli: number[]): string[] {
  return [
    '## Reading throughput',
    '',
    `Input: digests generated by bench/generate-corpus.ts (seeded PRNG; varied names, places, organizations,`,
    `topics, story/section counts, blank-line patterns, headings with and without a blank after, CRLF in some files),`,
    `about the seed's size (${SEED_BYTES.toLocaleString('en-US')} B) each, at N × the seed's size.`,
    '"parse" is `parseDocument` on every file; "parse + extract" is `buildCorpus` (parse, unique story ids,',
    '`annotateCorpus`); compromise is `nlp(text)` then `.people()`, `.places()`, `.organizations()` on the same files.',
    'Where compromise runs, both are warmed up for 2 s, then sampled alternately (ours, compromise, then the other way',
    'round), a full garbage collection before each sample, ours repeated within a sample to last about as long as one',
    "of compromise's (so both meet the same load); runs = samples; the ratio is compromise's median over ours.",
    'MB = 10⁶ bytes of UTF-8.',
    '',
    '| input | files | MB | stories | parse MB/s | parse + extract MB/s | compromise MB/s | parse + extract ÷ compromise | load avg |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const ratio = r.compromise ? `${(r.compromise.medianMs / r.extract.medianMs).toFixed(0)}×` : '—';
      return `| ${r.label} | ${r.files} | ${mb(r.bytes).toFixed(2)} | ${r.stories} | ${rate(r.bytes, r.parse)} | ${rate(r.bytes, r.extract)} | ${rate(r.bytes, r.compromise)} | ${ratio} | ${r.load.map((n) => n.toFixed(1)).join(', ')} |`;
    }),
    '',
    `CLI on the seed (\`tsx src/build/corpus-cli.ts\`, wall time incl. tsx start-up): ${cli.map((s) => s.toFixed(2)).join(', ')} s.`,
    '',
  ];
}

function report(
  rows: Row[],
  builds: (BuildRow | string)[],
  cli: number[],
  totalSeconds: number,
  browser: BrowserResults | string | null = null,
  seedBuild: BuildRow | string | null = null,
): string {
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run-bench.ts). Throughput cells read "median (best run, number of runs)", of',
    'process CPU time (user + system, all threads) after a warm-up, not wall time: on this shared machine other',
    "processes' load stretches wall time far more than the CPU time a run uses.",
    '',
    ...machineInfo(ROOT),
    `- Bench wall time: ${totalSeconds.toFixed(0)} s`,
    '',
    ...throughputSection(rows, cli),
  ];
  if (builds.length > 0) {
    lines.push(
      '## Site build',
      '',
      '`vite build --manifest` with `DIGEST_SEEDS` at the generated digests, wall time incl. Node start-up: the',
      'median of 3 runs at 1× (runs in brackets), a single run at the other scales (a 1000× build takes a minute',
      'or more on this machine). KB = 1,024 bytes, gzip -9. First-load JS and CSS: what `/` needs before it',
      "renders, from the Vite manifest (index.html's entry chunk, its static imports and CSS); the story route",
      'adds its lazy chunk, that chunk\'s imports and CSS. "All first-load" adds the route\'s own HTML and the',
      'corpus JSON the route fetches before it is interactive: where the build wrote slices of the index (a large',
      "corpus), `/`'s list page and the facet base, or a story's pointer, its digest's slice and the facet base;",
      "otherwise the whole index; on a story route also the story's body (the first story). The HTML is",
      'prerendered, so it holds the page: the text paints from the HTML and CSS alone, and the scripts and JSON are',
      'what hydration waits for. "First load at scale" below measures the same in Chromium, request by request.',
      '',
      '| input | build s | corpus files | corpus MB | index KB | index KB gzip | largest story KB | `/` JS KB gzip | `/` CSS KB gzip | `/` all first-load KB | story route JS KB gzip | story route CSS KB gzip | story route all first-load KB | load avg |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      ...[...builds, ...(seedBuild ? [seedBuild] : [])].map((b) =>
        typeof b === 'string'
          ? `| ${b} |`
          : `| ${b.label} | ${b.seconds.toFixed(1)}${b.runs.length > 1 ? ` (${b.runs.map((t) => t.toFixed(1)).join(', ')})` : ''} | ${b.corpusFiles} | ${mb(b.corpusBytes).toFixed(2)} | ${kb(b.indexBytes)} | ${kb(b.indexGzip)} | ${kb(b.largestBody)} | ${kb(b.routes.home.js)} | ${kb(b.routes.home.css)} | ${kb(b.routes.home.total)} | ${kb(b.routes.story.js)} | ${kb(b.routes.story.css)} | ${kb(b.routes.story.total)} | ${b.load.map((n) => n.toFixed(1)).join(', ')} |`,
      ),
      '',
    );
  }
  if (typeof browser === 'string') lines.push('## In Chromium', '', `Failed: ${browser}`, '');
  else if (browser) {
    const built = builds.filter((b): b is BuildRow => typeof b !== 'string');
    const largest = built[built.length - 1];
    lines.push(
      ...browserReport(browser, {
        seed: seedBuild && typeof seedBuild !== 'string' ? seedBuild.routes : null,
        largest: largest ? { label: largest.label, routes: largest.routes } : null,
        throughput: rows
          .filter((r) => r.compromise !== null)
          .map((r): [string, number] => [r.label, (r.compromise?.medianMs ?? NaN) / r.extract.medianMs]),
      }),
      '',
      `Browser half: ${browser.seconds.toFixed(0)} s.`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  const builds: (BuildRow | string)[] = [];
  const seed = readFileSync(join(ROOT, 'seeds/000_afe5c047c713dffb.txt'), 'utf8');
  if (wanted('seed'))
    rows.push(measureReading('the seed itself', [{ name: '000_afe5c047c713dffb.txt', text: seed }], 1));
  for (const scale of SCALES) {
    if (!wanted(String(scale))) continue;
    const files = generateCorpus(scale, scale);
    rows.push(measureReading(`${scale}×`, files, scale));
    if (BUILD && !THROUGHPUT_ONLY) {
      const seedsDir = join(WORK, `seeds-${scale}x`);
      writeSeeds(seedsDir, files);
      // A build at 1× takes seconds, so its time is a median of three; at 1000× one run takes a minute or more.
      builds.push(measureBuild(`${scale}×`, seedsDir, join(WORK, `dist-${scale}x`), scale === 1 ? 3 : 1));
    }
  }
  if (wanted('big')) {
    const big = generateCorpus(BIG_SCALE, BIG_SCALE);
    const one = { name: 'big.txt', text: big.map((f) => f.text.trimEnd()).join('\n\n\n') + '\n' };
    rows.push(measureReading(`one ${mb(utf8(one.text)).toFixed(1)} MB file`, [one], BIG_SCALE));
  }
  const cli = [cliSeconds(), cliSeconds(), cliSeconds()];
  if (THROUGHPUT_ONLY) {
    const header = [
      ...machineInfo(ROOT),
      `- Bench wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ];
    process.stdout.write(`${[...header, '', ...throughputSection(rows, cli)].join('\n')}\n`);
    return;
  }
  let browser: BrowserResults | string | null = null;
  let seedBuild: BuildRow | string | null = null;
  if (BUILD && BROWSER) {
    seedBuild = measureBuild('the seed', join(ROOT, 'seeds'), join(WORK, 'dist-seed'));
    const seedDist = join(WORK, 'dist-seed');
    const apps = [1, SCALES[SCALES.length - 1] ?? 1].map((scale) => ({
      label: `${scale}×`,
      outDir: join(WORK, `dist-${scale}x`),
      mobile: scale === 1,
    }));
    try {
      browser = await browserPhase({
        root: ROOT,
        work: WORK,
        toolsDir: ensureBenchTools(WORK, log),
        seedPath: join(ROOT, 'seeds/000_afe5c047c713dffb.txt'),
        seedDist,
        apps,
        atScale: [
          { label: 'the seed', outDir: seedDist },
          {
            label: `${SCALES[SCALES.length - 1] ?? 1}×`,
            outDir: join(WORK, `dist-${SCALES[SCALES.length - 1] ?? 1}x`),
          },
        ],
        runs: 5,
        clicks: 10,
        log,
        loadAverage: () => loadavg(),
      });
    } catch (err) {
      browser = err instanceof Error ? (err.stack ?? err.message) : String(err);
      log(browser);
    }
  }
  // Full-text search at 1000×: index size, load time, per-keystroke query latency (bench/search-bench.ts).
  const searchSection = await searchBenchSection(
    1000,
    log,
    BUILD && BROWSER ? join(WORK, 'dist-1000x') : null,
  );
  // Long hostile lines and a 50 MB digest (bench/adversarial-bench.ts): linear time, not just fast on nice input.
  const adversarialSection = adversarialBench(log).join('\n');
  // Every chunk `/` leaves for later, from the seed build's manifest (the 1× build's without the browser half).
  const seedBuilt = seedBuild !== null && typeof seedBuild !== 'string';
  const lazySection = BUILD
    ? lazyChunksReport(
        join(WORK, seedBuilt ? 'dist-seed' : 'dist-1x'),
        seedBuilt ? 'the seed build' : 'the 1× build',
      ).join('\n')
    : '';
  const readingSection = readingScoresSection(ROOT).join('\n');
  const markdown =
    report(rows, builds, cli, (performance.now() - started) / 1000, browser, seedBuild) +
    `\n${readingSection}\n${lazySection}\n${searchSection}\n${adversarialSection}`;
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown);
  process.stdout.write(markdown);
}

void main();
