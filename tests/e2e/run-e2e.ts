/**
 * Browser tests: builds the app, serves dist/ with `vite preview` on 127.0.0.1, runs every suite in
 * tests/e2e/suites/ in headless Chromium (one fresh context per test), prints `N passed, M failed`.
 *
 *   npm run test:e2e                      build, then run everything
 *   npm run test:e2e -- smoke "deep link" only tests whose "suite › name" contains one of the words
 *   E2E_SKIP_BUILD=1 npm run test:e2e     reuse dist/ (CI builds just before)
 *   E2E_DIST_DIR=/tmp/e2e-dist            build into and serve that folder instead of dist/
 *   CHROME_PATH=/path/to/chrome           use that browser
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findBrowser, launchBrowser } from './harness/browser.ts';
import { loadCorpus, type E2eCorpus } from './harness/corpus.ts';
import { registry, type App, type E2e, type TestCase } from './harness/registry.ts';
import { startPreview, type AppServer } from './harness/server.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// E2E_DIST_DIR builds and serves elsewhere, e.g. to leave a shared dist/ alone or to try BASE_PATH=/sub/.
const distDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');
const suitesDir = join(here, 'suites');
const artifactsDir = join(here, '.artifacts');

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const DEFAULT_TIMEOUT_MS = 60_000;

/** A path as the log shows it: relative inside the project, absolute elsewhere. */
const shown = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path));
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Builds the app unless E2E_SKIP_BUILD=1 and a build is there. */
function build(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(distDir, 'index.html'))) {
    console.log(`build: skipped (E2E_SKIP_BUILD=1, ${shown(distDir)}/ present)`);
    return;
  }
  const started = Date.now();
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  // Slices at any size (src/core/bundle/slices/slices-pay.ts): the seed is small enough to load whole, yet the
  // suites should see pages load as they do from a large corpus; every filtered URL takes the whole index.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', distDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DIGEST_SLICES: process.env.DIGEST_SLICES ?? 'always' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  console.log(`build: ${elapsed(started)}`);
}

/** Imports every suite file, so each registers its tests under its own name. */
async function loadSuites(): Promise<void> {
  const files = readdirSync(suitesDir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
  for (const file of files) {
    registry.currentSuite = file.replace(/\.e2e\.ts$/, '');
    await import(pathToFileURL(join(suitesDir, file)).href);
  }
}

function makeApp(server: AppServer): App {
  const basePath = new URL(server.baseUrl).pathname;
  return {
    origin: server.origin,
    baseUrl: server.baseUrl,
    url: (path) => new URL(path.replace(/^\//, ''), server.baseUrl).href,
    path(href) {
      const url = new URL(href);
      const path = url.pathname.startsWith(basePath)
        ? `/${url.pathname.slice(basePath.length)}`
        : url.pathname;
      return `${path}${url.search}${url.hash}`;
    },
  };
}

interface Outcome {
  test: TestCase;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  error?: string;
}

/** Runs one test in a fresh context; guards against console errors and requests that leave the origin. */
async function runOne(test: TestCase, browser: Browser, app: App, corpus: E2eCorpus): Promise<Outcome> {
  const started = Date.now();
  const { options } = test;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  const consoleLog: string[] = [];
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  let failure: string | null = null;
  try {
    context = await browser.newContext({
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
    });
    // generous: a busy 2-core CI machine can take seconds to paint what a quiet one paints at once
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: app.origin });
    // Nothing may leave the origin: no fonts, analytics or maps from elsewhere. Such requests are blocked
    // (so a test never waits on the network) and fail the test.
    await context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== app.origin,
      (route) => {
        offOrigin.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    context.on('console', (msg) => {
      const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      consoleLog.push(`[${msg.type()}] ${msg.text()}${where}`);
      // A blocked off-origin request also logs ERR_BLOCKED_BY_CLIENT: it is reported once, as a request.
      const allowed = [/ERR_BLOCKED_BY_CLIENT/, ...(options.allowConsoleErrors ?? [])];
      if (msg.type() === 'error' && !allowed.some((re) => re.test(msg.text()))) {
        consoleErrors.push(`${msg.text()}${where}`);
      }
    });
    context.on('weberror', (error) => {
      consoleLog.push(`[pageerror] ${error.error().message}`);
      consoleErrors.push(`uncaught: ${error.error().stack ?? error.error().message}`);
    });
    context.on('page', (p) =>
      p.on('websocket', (ws) => {
        if (new URL(ws.url()).host !== new URL(app.origin).host) offOrigin.push(`websocket ${ws.url()}`);
      }),
    );
    page = await context.newPage();
    const opened = page;
    const t: E2e = {
      browser,
      context,
      page: opened,
      app,
      corpus,
      async goto(path) {
        const response = await opened.goto(app.url(path), { waitUntil: 'load' });
        if (response && response.status() >= 400) {
          throw new Error(`GET ${path}: HTTP ${response.status()} (the server must answer every app path)`);
        }
      },
    };

    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const run = test.fn(t);
    run.catch(() => {}); // after a timeout its rejection is expected and no longer interesting
    await Promise.race([
      run,
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          const error = new Error(`timed out after ${timeoutMs} ms`);
          error.stack = error.message; // where the timer fired says nothing about the test
          reject(error);
        }, timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  } catch (error) {
    // Playwright colours its call logs; CI logs and artifacts read better plain.
    failure = stripVTControlCharacters(
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  }
  try {
    const problems = [
      ...(consoleErrors.length ? ['console errors:', ...consoleErrors.map((e) => `  ${e}`)] : []),
      ...(offOrigin.length ? ['requests that left the origin:', ...offOrigin.map((r) => `  ${r}`)] : []),
    ];
    if (!failure && problems.length === 0) return { test, status: 'passed', ms: Date.now() - started };
    const full = [failure, ...problems].filter(Boolean).join('\n');
    await saveArtifacts(test, page, full, consoleLog);
    return { test, status: 'failed', ms: Date.now() - started, error: full };
  } finally {
    await context?.close().catch(() => {});
  }
}

/** Screenshot, URL, error and console of a failed test, into tests/e2e/.artifacts/. */
async function saveArtifacts(test: TestCase, page: Page | null, error: string, consoleLog: string[]) {
  try {
    mkdirSync(artifactsDir, { recursive: true });
    // Names are cut short for file systems; the hash keeps tests with a long common start apart.
    const hash = createHash('sha1').update(test.name).digest('hex').slice(0, 6);
    const base = join(artifactsDir, `${test.suite}--${slug(test.name)}-${hash}`);
    const url = page && !page.isClosed() ? page.url() : '(no page)';
    if (page && !page.isClosed()) {
      // The viewport, as the reader saw it: most failures are about what is on screen.
      await page.screenshot({ path: `${base}.png`, timeout: 5_000 }).catch(() => {});
    }
    writeFileSync(
      `${base}.txt`,
      `${test.suite} › ${test.name}\nurl: ${url}\n\n${error}\n\nconsole:\n${consoleLog.join('\n')}\n`,
    );
  } catch {
    // artifacts are a help, never a reason to fail differently
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const executablePath = findBrowser();
  build();
  const corpus = loadCorpus(root, distDir);
  registry.corpus = corpus;
  await loadSuites();
  const selected = registry.cases.filter(
    (c) => filters.length === 0 || filters.some((f) => `${c.suite} › ${c.name}`.toLowerCase().includes(f)),
  );
  if (selected.length === 0) {
    console.error(`no browser test matches ${filters.map((f) => JSON.stringify(f)).join(' or ')}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  rmSync(artifactsDir, { recursive: true, force: true });

  let server: AppServer | null = null;
  let browser: Browser | null = null;
  const outcomes: Outcome[] = [];
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startPreview(root, distDir);
    browser = await launchBrowser(executablePath);
    console.log(
      `serving ${shown(distDir)}/ at ${server.baseUrl}; ${browser.version()} at ${executablePath}; ` +
        `corpus from ${corpus.from}: ${corpus.stories.length} stories, ${corpus.entities.length} entities\n`,
    );
    const app = makeApp(server);
    for (const test of selected) {
      if (test.skipReason !== null) {
        outcomes.push({ test, status: 'skipped', ms: 0 });
        console.log(`skip  ${test.suite} › ${test.name} (${test.skipReason})`);
        continue;
      }
      const outcome = await runOne(test, browser, app, corpus);
      outcomes.push(outcome);
      console.log(
        `${outcome.status === 'passed' ? 'ok  ' : 'FAIL'}  ${test.suite} › ${test.name} (${outcome.ms} ms)`,
      );
    }
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const failed = outcomes.filter((o) => o.status === 'failed');
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  const passed = outcomes.filter((o) => o.status === 'passed').length;
  for (const o of failed) {
    console.log(`\n✗ ${o.test.suite} › ${o.test.name}\n${o.error?.replace(/^/gm, '    ')}`);
  }
  if (failed.length) console.log(`\nscreenshots and console logs of failures: ${shown(artifactsDir)}/`);
  if (skipped.length) {
    console.log(`\n${skipped.length} skipped:`);
    for (const o of skipped) console.log(`  ${o.test.suite} › ${o.test.name}: ${o.test.skipReason}`);
  }
  console.log(`\nbrowser tests: ${elapsed(started)}`);
  console.log(`${passed} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

// Exit explicitly: the browser and server are closed by now, and a stray handle must not hang CI.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nbrowser tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
