/**
 * "First load at scale" (issue #6: at 1000× the first load must not grow with the corpus). For `/` and the first
 * story's route of each built app, a cold load in Chromium (desktop, no throttling, a fresh context so the cache
 * is empty) against `vite preview` (gzip), recording every response: what was fetched until the app was ready
 * (`html[data-app="ready"]`), and, separately, what it fetched afterwards until the whole corpus index was in its
 * cache (`html[data-corpus="whole"]`, up to a time limit).
 * `npx tsx bench/first-load-at-scale.ts [label=dist ...]` prints the section on its own (by default the seed's and
 * the 1000× builds the last `npm run bench` left in bench/.work); `npm run bench` puts it in bench/RESULTS.md.
 */
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Request } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../tests/e2e/harness/browser.ts';
import { previewApp } from './browser-bench.ts';
import { DESKTOP } from './browser-timings.ts';
import { CORPUS_MARKS_SCRIPT, readCorpusMarks, waitForReady, waitForWhole } from './corpus-marks.ts';
import { fileKind, sumFetched } from './fetched-files.ts';
import type { Fetched, FetchedFile } from './fetched-files.ts';
import { firstLoadAtScaleReport } from './first-load-at-scale-report.ts';
import { firstStoryId } from './route-first-load.ts';

/** A built app and the corpus scale it was built from. */
export interface ScaleDist {
  label: string;
  outDir: string;
}

/** One route at one scale. */
export interface RouteAtScale {
  scale: string;
  route: 'home' | 'story';
  path: string;
  /** What the first load fetched before the app was ready. */
  first: Fetched;
  /** Each run's first-load total bytes: the route's own files are the same every time, but what starts when
   * the browser is idle (the story route's code, preloaded from `/`) may fall before or after ready. */
  totals: number[];
  /** Each run's ms from navigation start to `data-app="ready"`. */
  readyMs: number[];
  /** Ms from ready to `data-corpus="whole"` in the first run; NaN when it did not appear within `waitedMs`. */
  wholeMs: number;
  waitedMs: number;
  /** What the first run fetched after ready, until `data-corpus="whole"` (or the end of the wait). */
  background: Fetched;
}

/** Everything the measurement found. */
export interface FirstLoadAtScale {
  chromium: string;
  runs: number;
  rows: RouteAtScale[];
}

/** Options for `firstLoadAtScale`. */
export interface FirstLoadAtScaleOptions {
  root: string;
  /** Cold loads per route and scale (the ready time is their median; the bytes are the first run's). */
  runs: number;
  /** How long the first run of each route waits for `data-corpus="whole"` after ready. */
  wholeTimeoutMs: number;
  log: (message: string) => void;
}

/** One load's responses, split at ready and at `data-corpus="whole"`. */
interface OneLoad {
  readyMs: number;
  wholeMs: number;
  first: FetchedFile[];
  background: FetchedFile[];
}

/** A request seen by the context: when it started (the browser's wall clock) and its response once finished. */
interface Seen {
  startEpoch: () => number;
  done: Promise<FetchedFile | null>;
}

/** Waits for `request` to finish and reads its encoded body size; null if it failed or the page went away. */
async function settle(request: Request): Promise<FetchedFile | null> {
  try {
    const response = await request.response();
    if (!response) return null;
    // resolves once the body is received (with an error or null: either way the sizes are final)
    await response.finished();
    const sizes = await request.sizes();
    const url = new URL(request.url());
    const headers = response.headers();
    return {
      path: url.pathname + url.search,
      kind: fileKind(url.pathname, request.resourceType(), headers['content-type'] ?? ''),
      bytes: sizes.responseBodySize,
      encoding: headers['content-encoding'] ?? '',
      status: response.status(),
    };
  } catch {
    return null;
  }
}

const settleWithin = (done: Promise<FetchedFile | null>, ms: number): Promise<FetchedFile | null> =>
  Promise.race([done, new Promise<null>((r) => setTimeout(() => r(null), ms))]);

/** Loads `url` cold and sorts its responses into before ready and after (until whole, if it waits for that). */
async function loadOnce(browser: Browser, url: string, wholeTimeoutMs: number): Promise<OneLoad> {
  const context = await browser.newContext({ viewport: DESKTOP.viewport });
  const seen: Seen[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('http')) return;
    const nodeEpoch = Date.now();
    // Chromium's own start time once the response came (`wallTime`, the same clock as the page's Date.now()).
    const startEpoch = (): number => {
      const start = request.timing().startTime;
      return start > 0 ? start : nodeEpoch;
    };
    seen.push({ startEpoch, done: settle(request) });
  });
  try {
    await context.addInitScript({ content: CORPUS_MARKS_SCRIPT });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await waitForReady(page);
    const wholeMs = wholeTimeoutMs > 0 ? await waitForWhole(page, wholeTimeoutMs) : NaN;
    const marks = await readCorpusMarks(page);
    // what started up to now: the load's own requests, and the background ones up to whole
    const started = seen.slice();
    const files = await Promise.all(started.map((s) => settleWithin(s.done, 30_000)));
    const first: FetchedFile[] = [];
    const background: FetchedFile[] = [];
    files.forEach((file, i) => {
      const s = started[i];
      if (!file || !s) return;
      const start = s.startEpoch();
      if (start <= marks.readyEpoch) first.push(file);
      else if (wholeTimeoutMs > 0 && !(start > marks.wholeEpoch)) background.push(file);
    });
    return { readyMs: marks.readyMs, wholeMs, first, background };
  } finally {
    await context.close();
  }
}

/**
 * Cold loads of `/` and the first story's route of every app in `dists`, `runs` times each; the first run of each
 * waits up to `wholeTimeoutMs` after ready for the whole index. Starts and stops one preview server per app.
 */
export async function firstLoadAtScale(
  browser: Browser,
  dists: readonly ScaleDist[],
  options: FirstLoadAtScaleOptions,
): Promise<FirstLoadAtScale> {
  const { root, runs, wholeTimeoutMs, log } = options;
  const rows: RouteAtScale[] = [];
  for (const dist of dists) {
    const server = await previewApp(root, dist.outDir);
    try {
      const routes = [
        { route: 'home', path: '/' },
        { route: 'story', path: `/story/${encodeURIComponent(firstStoryId(dist.outDir))}` },
      ] as const;
      for (const { route, path } of routes) {
        const loads: OneLoad[] = [];
        for (let i = 0; i < runs; i++)
          loads.push(await loadOnce(browser, `${server.origin}${path}`, i === 0 ? wholeTimeoutMs : 0));
        const [firstLoad] = loads;
        if (!firstLoad) continue;
        const row: RouteAtScale = {
          scale: dist.label,
          route,
          path,
          first: sumFetched(firstLoad.first),
          totals: loads.map((l) => sumFetched(l.first).total),
          readyMs: loads.map((l) => l.readyMs),
          wholeMs: firstLoad.wholeMs,
          waitedMs: wholeTimeoutMs,
          background: sumFetched(firstLoad.background),
        };
        rows.push(row);
        log(
          `  first load ${dist.label} ${path}: ${row.first.requests} requests, ${(row.first.total / 1024).toFixed(1)} KB, ` +
            `ready ${Math.round(firstLoad.readyMs)} ms; whole ${Number.isNaN(row.wholeMs) ? 'not set' : `${Math.round(row.wholeMs)} ms`} ` +
            `after, ${(row.background.total / 1024).toFixed(1)} KB in ${row.background.requests} background requests`,
        );
      }
    } finally {
      server.stop();
    }
  }
  return { chromium: browser.version(), runs, rows };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = join(import.meta.dirname, '..');
  const work = join(root, 'bench', '.work');
  const args = process.argv.slice(2);
  const dists: ScaleDist[] =
    args.length > 0
      ? args.map((arg) => {
          const [label = arg, outDir = arg] = arg.includes('=') ? arg.split('=') : [arg, arg];
          return { label, outDir: resolve(outDir) };
        })
      : [
          { label: 'the seed', outDir: join(work, 'dist-seed') },
          { label: '1000×', outDir: join(work, 'dist-1000x') },
        ];
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const run = async (): Promise<string> => {
    const browser = await chromium.launch({
      executablePath: findBrowser(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const result = await firstLoadAtScale(browser, dists, { root, runs: 3, wholeTimeoutMs: 60_000, log });
      return `${firstLoadAtScaleReport(result).join('\n')}\n`;
    } finally {
      await browser.close();
    }
  };
  run().then(
    (markdown) => process.stdout.write(markdown),
    (err: unknown) => {
      log(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}
