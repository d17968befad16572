import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eCorpus } from './corpus.ts';

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

/** What every test receives: a fresh context and page, the app and the corpus it serves. */
export interface E2e {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  app: App;
  corpus: E2eCorpus;
  /** Loads an app path in the page and waits for the document to load. */
  goto(path: string): Promise<void>;
}

/** Per-test settings of the browser context and of the guards. */
export interface TestOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Permissions granted to the app's origin, e.g. `['clipboard-read', 'clipboard-write']`. */
  permissions?: string[];
  /** Console errors matching one of these do not fail the test (e.g. a deliberate 404 fetch). */
  allowConsoleErrors?: RegExp[];
  /** Whole-test time limit; default 30 s. */
  timeoutMs?: number;
}

export interface TestCase {
  suite: string;
  name: string;
  fn: (t: E2e) => Promise<void>;
  options: TestOptions;
  /** Set when the test is left out of the run, with why. */
  skipReason: string | null;
}

/**
 * Tests in registration order. Before it imports the suite files the runner sets `corpus` (so a suite can
 * register one test per story or section) and, before each file, `currentSuite`.
 */
export const registry: { currentSuite: string; cases: TestCase[]; corpus: E2eCorpus | null } = {
  currentSuite: '',
  cases: [],
  corpus: null,
};

/** The corpus the app serves, for suites that register a test per story, section or entity. */
export function corpusAtLoad(): E2eCorpus {
  if (!registry.corpus) throw new Error('suites are loaded by tests/e2e/run-e2e.ts, after the corpus');
  return registry.corpus;
}

/** Registers a browser test in the suite being loaded. */
export function test(name: string, fn: (t: E2e) => Promise<void>, options: TestOptions = {}): void {
  registry.cases.push({ suite: registry.currentSuite, name, fn, options, skipReason: null });
}

/** Registers a test that is written but left out of the run, with the reason printed in the summary. */
test.skip = (
  name: string,
  reason: string,
  fn: (t: E2e) => Promise<void>,
  options: TestOptions = {},
): void => {
  registry.cases.push({ suite: registry.currentSuite, name, fn, options, skipReason: reason });
};
