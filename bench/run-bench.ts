/**
 * `npm run bench`: generates digests at 1×, 10×, 100× and 1000× the seed's size plus one ≥ 10 MB file, times the
 * reader (parse; parse + entity extraction) against compromise on the same text, builds the site at each scale,
 * and writes bench/RESULTS.md. Scratch files go to bench/.work/ (git-ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { buildCorpus } from '../src/core/build-corpus.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import { firstLoadSize } from './first-load-size.ts';
import type { FirstLoad } from './first-load-size.ts';
import { generateCorpus, SEED_BYTES } from './generate-corpus.ts';
import type { GeneratedFile } from './generate-corpus.ts';
import { machineInfo } from './machine-info.ts';
import { timeRuns } from './time-runs.ts';
import type { Timing } from './time-runs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', '.work');
const SCALES = [1, 10, 100, 1000];
/** Scales compromise is run at: it reads about a hundred times slower, so larger ones would take minutes. */
const COMPROMISE_SCALES = new Set([1, 10]);
/** The single large file: 1150 × 9,090 B ≈ 10.5 MB, over issue 2's 10 MB mark. */
const BIG_SCALE = 1150;
const BUILD = process.argv.includes('--no-build') ? false : true;

interface Row {
  label: string;
  files: number;
  bytes: number;
  stories: number;
  parse: Timing;
  extract: Timing;
  compromise: Timing | null;
}

interface BuildRow {
  label: string;
  seconds: number;
  corpusFiles: number;
  corpusBytes: number;
  indexBytes: number;
  indexGzip: number;
  largestBody: number;
  firstLoad: FirstLoad;
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
  // A warm-up run of a multi-megabyte input costs as much as a measured one and JIT warm-up is long done by then.
  const parse = timeRuns(parseAll, { runs: small ? 21 : 5, warmUp: !big });
  log(`  parse ${(mb(bytes) / (parse.medianMs / 1000)).toFixed(2)} MB/s`);
  const digests = files.map((f) => ({ source: f.name, text: f.text }));
  // Extraction at the megabyte scales takes seconds a run: a time budget keeps the whole bench near 5 minutes.
  const extract = timeRuns(() => buildCorpus(digests), {
    runs: small ? 21 : scale > 1000 ? 1 : 5,
    minRuns: big ? 2 : 3,
    budgetMs: 30_000,
    warmUp: small,
  });
  log(`  parse+extract ${(mb(bytes) / (extract.medianMs / 1000)).toFixed(2)} MB/s`);
  let compromise: Timing | null = null;
  if (COMPROMISE_SCALES.has(scale)) {
    compromise = timeRuns(
      () => {
        for (const f of files) {
          const doc = nlp(f.text);
          doc.people().out('array');
          doc.places().out('array');
          doc.organizations().out('array');
        }
      },
      { runs: scale === 1 ? 5 : 3, minRuns: 1, budgetMs: 60_000, warmUp: scale === 1 },
    );
    log(`  compromise ${(mb(bytes) / (compromise.medianMs / 1000)).toFixed(3)} MB/s`);
  }
  return { label, files: files.length, bytes, stories, parse, extract, compromise };
}

function writeSeeds(dir: string, files: GeneratedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
}

function measureBuild(label: string, seedsDir: string, outDir: string): BuildRow | string {
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, env: { ...process.env, DIGEST_SEEDS: seedsDir, BASE_PATH: '/' }, encoding: 'utf8' },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0)
    return `build failed: ${(run.stderr || run.stdout).split('\n').slice(0, 3).join(' ')}`;
  const corpusDir = join(outDir, 'corpus');
  const names = readdirSync(corpusDir);
  const sizes = names.map((name) => statSync(join(corpusDir, name)).size);
  const indexName = names.find((name) => name.startsWith('index-')) ?? '';
  const index = readFileSync(join(corpusDir, indexName));
  log(`  build ${label}: ${seconds.toFixed(1)} s`);
  return {
    label,
    seconds,
    corpusFiles: names.length,
    corpusBytes: sizes.reduce((a, b) => a + b, 0),
    indexBytes: index.length,
    indexGzip: gzipSync(index, { level: 9 }).length,
    largestBody: Math.max(
      0,
      ...names.filter((n) => n !== indexName).map((n) => statSync(join(corpusDir, n)).size),
    ),
    firstLoad: firstLoadSize(outDir),
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

function report(rows: Row[], builds: (BuildRow | string)[], cli: number[], totalSeconds: number): string {
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run-bench.ts). Throughput cells read "median (best run, number of runs)".',
    '',
    ...machineInfo(ROOT),
    `- Bench wall time: ${totalSeconds.toFixed(0)} s`,
    '',
    '## Reading throughput',
    '',
    `Input: digests generated by bench/generate-corpus.ts (seeded PRNG; varied names, places, organizations,`,
    `topics, story/section counts, blank-line patterns, headings with and without a blank after, CRLF in some files),`,
    `about the seed's size (${SEED_BYTES.toLocaleString('en-US')} B) each, at N × the seed's size.`,
    '"parse" is `parseDocument` on every file; "parse + extract" is `buildCorpus` (parse, unique story ids,',
    '`annotateCorpus`); compromise is `nlp(text)` then `.people()`, `.places()`, `.organizations()` on the same files.',
    'MB = 10⁶ bytes of UTF-8.',
    '',
    '| input | files | MB | stories | parse MB/s | parse + extract MB/s | compromise MB/s | parse + extract ÷ compromise |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const ratio = r.compromise ? `${(r.compromise.medianMs / r.extract.medianMs).toFixed(0)}×` : '—';
      return `| ${r.label} | ${r.files} | ${mb(r.bytes).toFixed(2)} | ${r.stories} | ${rate(r.bytes, r.parse)} | ${rate(r.bytes, r.extract)} | ${rate(r.bytes, r.compromise)} | ${ratio} |`;
    }),
    '',
    `CLI on the seed (\`tsx src/build/corpus-cli.ts\`, wall time incl. tsx start-up): ${cli.map((s) => s.toFixed(2)).join(', ')} s.`,
    '',
  ];
  if (builds.length > 0) {
    lines.push(
      '## Site build',
      '',
      '`vite build` with `DIGEST_SEEDS` at the generated digests (one run each, wall time incl. Node start-up).',
      'First-load bytes for `/`: the JS and CSS that index.html loads up front, gzip -9; it must not grow with the corpus.',
      '',
      '| input | build s | corpus files | corpus MB | index KB | index KB gzip | largest story KB | first-load JS KB gzip | first-load CSS KB gzip |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...builds.map((b) =>
        typeof b === 'string'
          ? `| ${b} |`
          : `| ${b.label} | ${b.seconds.toFixed(1)} | ${b.corpusFiles} | ${mb(b.corpusBytes).toFixed(2)} | ${kb(b.indexBytes)} | ${kb(b.indexGzip)} | ${kb(b.largestBody)} | ${kb(b.firstLoad.jsGzip)} | ${kb(b.firstLoad.cssGzip)} |`,
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const started = performance.now();
  mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  const builds: (BuildRow | string)[] = [];
  const seed = readFileSync(join(ROOT, 'seeds/000_afe5c047c713dffb.txt'), 'utf8');
  rows.push(measureReading('the seed itself', [{ name: '000_afe5c047c713dffb.txt', text: seed }], 1));
  for (const scale of SCALES) {
    const files = generateCorpus(scale, scale);
    rows.push(measureReading(`${scale}×`, files, scale));
    if (BUILD) {
      const seedsDir = join(WORK, `seeds-${scale}x`);
      writeSeeds(seedsDir, files);
      builds.push(measureBuild(`${scale}×`, seedsDir, join(WORK, `dist-${scale}x`)));
    }
  }
  const big = generateCorpus(BIG_SCALE, BIG_SCALE);
  const one = { name: 'big.txt', text: big.map((f) => f.text.trimEnd()).join('\n\n\n') + '\n' };
  rows.push(measureReading(`one ${mb(utf8(one.text)).toFixed(1)} MB file`, [one], BIG_SCALE));
  const cli = [cliSeconds(), cliSeconds(), cliSeconds()];
  const markdown = report(rows, builds, cli, (performance.now() - started) / 1000);
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown);
  process.stdout.write(markdown);
}

main();
