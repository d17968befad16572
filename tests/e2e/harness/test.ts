/**
 * The browser tests' `test`: @playwright/test with the app, the corpus it serves, `goto`, and guards that fail
 * a test on a console error, an uncaught exception or a request that leaves the origin.
 */
import { resolve } from 'node:path';
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { loadCorpus, type E2eCorpus } from './corpus.ts';

export { expect } from '@playwright/test';

/** The app under test, as a test sees it. */
export interface App {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of the app root, with the configured base. */
  baseUrl: string;
  /** Absolute URL of an app path: `url('/story/x')` → `http://127.0.0.1:<port>/story/x` (base included). */
  url(path: string): string;
  /** The app path of an absolute URL (base removed), with query and hash: `app.path(page.url())`. */
  path(url: string): string;
}

/** What every test can ask for: a fresh context and page, the app and the corpus it serves. */
export interface E2e {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  app: App;
  corpus: E2eCorpus;
  /** Loads an app path in the page, waits for the document to load, fails on an HTTP error. */
  goto(path: string): Promise<void>;
}

interface Options {
  /** Console errors matching one of these do not fail the test (e.g. a deliberate 404 fetch). */
  allowConsoleErrors: RegExp[];
}

const root = resolve(import.meta.dirname, '../../..');
let corpus: E2eCorpus | undefined;

/**
 * The corpus the app serves, read from the build the config serves (E2E_DIST_DIR, else dist/). Suites call it
 * as they load, to declare one test per story, section or entity.
 */
export function corpusAtLoad(): E2eCorpus {
  corpus ??= loadCorpus(root, resolve(root, process.env.E2E_DIST_DIR ?? 'dist'));
  return corpus;
}

function makeApp(baseUrl: string): App {
  const basePath = new URL(baseUrl).pathname;
  return {
    origin: new URL(baseUrl).origin,
    baseUrl,
    url: (path) => new URL(path.replace(/^\//, ''), baseUrl).href,
    path(href) {
      const url = new URL(href);
      const path = url.pathname.startsWith(basePath)
        ? `/${url.pathname.slice(basePath.length)}`
        : url.pathname;
      return `${path}${url.search}${url.hash}`;
    },
  };
}

export const test = base.extend<Omit<E2e, 'browser' | 'context' | 'page'> & Options & { guards: void }>({
  allowConsoleErrors: [[], { option: true }],
  app: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('no baseURL: run the browser tests with playwright.config.ts');
    await use(makeApp(baseURL));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  corpus: async ({}, use) => use(corpusAtLoad()),
  goto: async ({ page, app }, use) => {
    await use(async (path) => {
      const response = await page.goto(app.url(path), { waitUntil: 'load' });
      if (response && response.status() >= 400) {
        throw new Error(`GET ${path}: HTTP ${response.status()} (the server must answer every app path)`);
      }
    });
  },
  guards: [
    async ({ context, app, allowConsoleErrors }, use, testInfo) => {
      const consoleLog: string[] = [];
      const consoleErrors: string[] = [];
      const offOrigin: string[] = [];
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
        const allowed = [/ERR_BLOCKED_BY_CLIENT/, ...allowConsoleErrors];
        if (msg.type() === 'error' && !allowed.some((re) => re.test(msg.text()))) {
          consoleErrors.push(`${msg.text()}${where}`);
        }
      });
      context.on('weberror', (error) => {
        consoleLog.push(`[pageerror] ${error.error().message}`);
        consoleErrors.push(`uncaught: ${error.error().stack ?? error.error().message}`);
      });
      const watchSockets = (page: Page) =>
        page.on('websocket', (ws) => {
          if (new URL(ws.url()).host !== new URL(app.origin).host) offOrigin.push(`websocket ${ws.url()}`);
        });
      context.pages().forEach(watchSockets);
      context.on('page', watchSockets);

      await use();

      if (consoleLog.length && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('console', { body: consoleLog.join('\n'), contentType: 'text/plain' });
      }
      const problems = [
        ...(consoleErrors.length ? ['console errors:', ...consoleErrors.map((e) => `  ${e}`)] : []),
        ...(offOrigin.length ? ['requests that left the origin:', ...offOrigin.map((r) => `  ${r}`)] : []),
      ];
      if (problems.length) {
        if (testInfo.status === testInfo.expectedStatus) {
          await testInfo.attach('console', { body: consoleLog.join('\n'), contentType: 'text/plain' });
        }
        throw new Error(problems.join('\n'));
      }
    },
    { auto: true },
  ],
});
