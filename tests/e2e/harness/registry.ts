/**
 * The old harness's way to declare a browser test, kept so a suite written for it runs unchanged on
 * @playwright/test: `test(name, async ({ page, goto }) => …, { viewport, allowConsoleErrors, timeoutMs })`
 * and `test.skip(name, reason, fn)`. New suites import `test` from ./test.ts and use `test.use`.
 */
import { test as e2eTest, type E2e } from './test.ts';

export { corpusAtLoad, type App, type E2e } from './test.ts';

/** Per-test settings of the browser context and of the guards. */
export interface TestOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Permissions granted to the app, e.g. `['clipboard-read', 'clipboard-write']`. */
  permissions?: string[];
  /** Console errors matching one of these do not fail the test (e.g. a deliberate 404 fetch). */
  allowConsoleErrors?: RegExp[];
  /** Whole-test time limit; default 60 s (playwright.config.ts). */
  timeoutMs?: number;
}

/** Declares a browser test; its options apply to it alone (an untitled describe keeps its name as it was). */
export function test(name: string, fn: (t: E2e) => Promise<void>, options: TestOptions = {}): void {
  const { timeoutMs, ...use } = options;
  const declare = () =>
    e2eTest(name, async ({ browser, context, page, app, corpus, goto }) => {
      if (timeoutMs) e2eTest.setTimeout(timeoutMs);
      await fn({ browser, context, page, app, corpus, goto });
    });
  if (Object.keys(use).length === 0) return declare();
  e2eTest.describe(() => {
    e2eTest.use(use);
    declare();
  });
}

/** Declares a test that is written but left out of the run, with the reason the report shows. */
test.skip = (name: string, reason: string, _fn: (t: E2e) => Promise<void>, _options?: TestOptions): void => {
  e2eTest(name, () => e2eTest.skip(true, reason));
};
