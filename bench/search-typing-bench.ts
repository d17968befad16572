/**
 * Typing on `/search` in Chromium, with the search worker: for a built app (1000× the seed by default in
 * `npm run bench`'s work folder), opens `/search?q=<word>` cold and times the first results painted (the index
 * fetched and revived in the worker), then types words in the header box and times each last keystroke to the
 * results for the whole word painted (the box's 100 ms debounce included), and the longest main-thread task
 * seen while typing (a frozen page would show here). Desktop, and a phone's CPU (4× slowdown, no network
 * throttling: the index is already there). `tsx bench/search-typing-bench.ts [dist folder]` prints the section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '../tests/e2e/harness/browser.ts';
import { previewApp } from './browser-bench.ts';
import { median } from './median.ts';
import { createPrng } from './prng.ts';

/** Words typed per profile (each as a new query). */
const WORDS = 12;

interface TypingResult {
  profile: string;
  /** Cold `/search?q=` to its first results painted, ms. */
  firstResultsMs: number;
  /** Last keystroke of a word to its results painted, ms, per word. */
  keystrokeMs: number[];
  /** Longest main-thread task from the cold load to the first results (the index's revival, where it runs), ms. */
  firstLongestMs: number;
  /** Longest main-thread task while typing each word (Long Tasks API; 0 when none over 50 ms), ms. */
  longestTaskMs: number[];
  /** Bytes as sent (gzip, headers excluded) of the responses to requests started before the first results, by kind. */
  firstBytes: Record<BytesKind, number>;
  /** The same for the first word typed after them (a query of new words), up to its results shown. */
  nextBytes: Record<BytesKind, number>;
}

type BytesKind = 'search index' | 'corpus index' | 'other JSON' | 'JS, HTML, CSS';

/** What a response of the cold load was, for the bytes columns. */
function bytesKind(url: string): BytesKind {
  const { pathname } = new URL(url);
  if (/\/corpus\/search[-/]/.test(pathname)) return 'search index';
  if (/\/corpus\/index-/.test(pathname)) return 'corpus index';
  return pathname.endsWith('.json') ? 'other JSON' : 'JS, HTML, CSS';
}

/** Headline words of 6+ letters from the built corpus index, picked by a seeded PRNG. */
function pickWords(outDir: string, count: number): string[] {
  const name = readdirSync(join(outDir, 'corpus')).find((n) => n.startsWith('index-')) ?? '';
  const index = JSON.parse(readFileSync(join(outDir, 'corpus', name), 'utf8')) as {
    stories: { title: string }[];
  };
  const words = [
    ...new Set(index.stories.flatMap((s) => s.title.split(/[^\p{L}]+/u)).filter((w) => w.length >= 6)),
  ];
  const rng = createPrng(11);
  return Array.from({ length: count }, () => rng.pick(words).toLowerCase());
}

/** In the page: resolves with ms from the last keydown to the status naming `query` painted (2 frames). */
function resultsPainted(query: string): Promise<{ ms: number; longest: number }> {
  const w = window as unknown as { __lastKey: number; __longest: number };
  const done = () => {
    const status = document.querySelector('main [role="status"]')?.textContent ?? '';
    return status.includes(`for “${query}”`) && /hits? in|No hits/.test(status);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no results for ${query} within 60 s`)), 60_000);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ ms: performance.now() - w.__lastKey, longest: w.__longest })),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Installed before the page's scripts: last keydown time, longest task since the last reset. */
function installProbes(): void {
  const w = window as unknown as { __lastKey: number; __longest: number };
  w.__lastKey = NaN;
  w.__longest = 0;
  addEventListener('keydown', () => (w.__lastKey = performance.now()), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask' });
}

/**
 * In the page: whether the results for `query` are shown: the status names it, and the stories listed have
 * their headlines (a search in pieces fetches each shown story's block and body after the count), or none hit.
 */
function resultsShown(query: string): boolean {
  const status = document.querySelector('main [role="status"]')?.textContent ?? '';
  if (!status.includes(`for “${query}”`)) return false;
  if (status.startsWith('No hits')) return true;
  return (
    document.querySelector('main .search-group__title') !== null &&
    document.querySelector('main .search-group--pending') === null
  );
}

async function typeWords(page: Page, words: readonly string[], result: TypingResult): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  for (const word of words) {
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() =>
      /^Type words/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
    );
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    const painted = page.evaluate(resultsPainted, word);
    await page.keyboard.type(word, { delay: 60 });
    const { ms, longest } = await painted;
    result.keystrokeMs.push(ms);
    result.longestTaskMs.push(longest);
  }
}

async function timeProfile(
  browser: Browser,
  origin: string,
  words: readonly string[],
  profile: { name: string; cpuSlowdown: number; viewport: { width: number; height: number } },
): Promise<TypingResult> {
  const context = await browser.newContext({ viewport: profile.viewport });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    const cdp = await context.newCDPSession(page);
    if (profile.cpuSlowdown > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    const first = words[0] ?? 'search';
    const firstBytes: Record<BytesKind, number> = {
      'search index': 0,
      'corpus index': 0,
      'other JSON': 0,
      'JS, HTML, CSS': 0,
    };
    const nextBytes: Record<BytesKind, number> = {
      'search index': 0,
      'corpus index': 0,
      'other JSON': 0,
      'JS, HTML, CSS': 0,
    };
    // the cold load's requests, then those of the first word typed (a query of new words), then none
    let counting: Record<BytesKind, number> | null = firstBytes;
    const sizes: Promise<void>[] = [];
    page.on('request', (request) => {
      const bucket = counting;
      if (!bucket) return;
      sizes.push(
        request
          .response()
          .then((response) => response?.finished())
          .then(() => request.sizes())
          .then(
            ({ responseBodySize }) => void (bucket[bytesKind(request.url())] += responseBodySize),
            () => {},
          ),
      );
    });
    const t0 = Date.now();
    await page.goto(`${origin}/search?q=${encodeURIComponent(first)}`, {
      waitUntil: 'commit',
      timeout: 120_000,
    });
    await page.waitForFunction(resultsShown, first, { timeout: 180_000, polling: 50 });
    const firstResultsMs = Date.now() - t0;
    counting = nextBytes;
    await Promise.all(sizes);
    const result: TypingResult = {
      profile: profile.name,
      firstResultsMs,
      firstBytes,
      nextBytes,
      firstLongestMs: await page.evaluate(() => (window as unknown as { __longest: number }).__longest),
      keystrokeMs: [],
      longestTaskMs: [],
    };
    await typeWords(page, words.slice(1, 2), result);
    await page.waitForFunction(resultsShown, words[1] ?? '', { timeout: 180_000, polling: 50 });
    counting = null;
    await Promise.all(sizes);
    await typeWords(page, words.slice(2), result);
    return result;
  } finally {
    await context.close();
  }
}

/** The Markdown section: typing latency on `/search` of the app built in `outDir`. */
export async function searchTypingSection(
  root: string,
  outDir: string,
  label: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  const words = pickWords(outDir, WORDS + 1);
  const server = await previewApp(root, outDir);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results: TypingResult[] = [];
  const version = browser.version();
  try {
    for (const profile of [
      { name: 'desktop', cpuSlowdown: 1, viewport: { width: 1350, height: 940 } },
      { name: 'phone CPU (4× slowdown)', cpuSlowdown: 4, viewport: { width: 412, height: 823 } },
    ]) {
      const result = await timeProfile(browser, server.origin, words, profile);
      log(
        `  typing on /search ${label} ${profile.name}: first results ${result.firstResultsMs} ms, keystroke median ${median(result.keystrokeMs).toFixed(0)} ms`,
      );
      results.push(result);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const max = (values: readonly number[]) => Math.max(0, ...values);
  return [
    `### Typing on /search in Chromium (${label})`,
    '',
    `bench/search-typing-bench.ts, Chromium ${version} headless on this shared machine: \`/search?q=<word>\` opened cold`,
    '(first results painted: the search manifest and the shards its word selects fetched from the local preview',
    `server, no network throttling, and queried in the search worker), then ${WORDS} headline words of the corpus typed into the header box at 60 ms a key, each`,
    'timed from its last keydown to the status line for the whole word painted (two frames; the box waits 100 ms',
    'after the last key by design, included). "Longest task" is the longest main-thread task the Long Tasks API saw',
    'while a word was typed, and from the cold load to the first results (tasks under 50 ms are not reported, so 0',
    'means none over 50 ms). The main thread also renders the page (the outline of every story, the results), so',
    'its long tasks are not all search.',
    '',
    '| profile | first results ms | longest task before them ms | keystroke → results ms median | max | longest task while typing ms median | max |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.profile} | ${r.firstResultsMs} | ${r.firstLongestMs.toFixed(0)} | ${median(r.keystrokeMs).toFixed(0)} | ${max(r.keystrokeMs).toFixed(0)} | ${median(r.longestTaskMs).toFixed(0)} | ${max(r.longestTaskMs).toFixed(0)} |`,
    ),
    '',
    'Bytes of the cold `/search?q=<word>` load up to its first results shown (the count, and the headlines of the',
    'stories listed: a search in pieces fetches each shown story’s block of the search index and its body): every',
    'response to a request started before then, as sent (gzip; Playwright `request.sizes().responseBodySize`), by',
    'kind; "next query" is the first word typed after them, a query of new words, up to its results shown. The',
    'search index column holds its manifest, shards and story blocks; "other JSON" the story bodies and the',
    'outline’s slice. KB = 1,024 bytes.',
    '',
    '| profile | load | search index KB | corpus index KB | other JSON KB | JS, HTML, CSS KB | total KB |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...results.flatMap((r) => {
      const kb = (n: number) => (n / 1024).toFixed(1);
      return (
        [
          ['cold first search', r.firstBytes],
          ['next query', r.nextBytes],
        ] as const
      ).map(([load, b]) => {
        const total = b['search index'] + b['corpus index'] + b['other JSON'] + b['JS, HTML, CSS'];
        return `| ${r.profile} | ${load} | ${kb(b['search index'])} | ${kb(b['corpus index'])} | ${kb(b['other JSON'])} | ${kb(b['JS, HTML, CSS'])} | ${kb(total)} |`;
      });
    }),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const outDir = process.argv[2] ?? join(root, 'bench/.work/dist-1000x');
  searchTypingSection(
    root,
    outDir,
    process.argv[3] ?? '1000×',
    (line) => void process.stderr.write(`${line}\n`),
  ).then(
    (markdown) => process.stdout.write(markdown),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
