/**
 * Browser tests (tests/e2e/suites/*.e2e.ts) on @playwright/test, driving the system Chromium: nothing is
 * downloaded. `npm run test:e2e` builds first (tests/e2e/run-e2e.ts); this config serves that build.
 *
 *   E2E_DIST_DIR=/tmp/e2e-dist   serve that folder instead of dist/
 *   CHROME_PATH=/path/to/chrome  use that browser (else /usr/bin/chromium, then PATH)
 *   E2E_WORKERS=1                one browser at a time (default 2, for a 2-core machine)
 *   E2E_PORT=4321                serve on that port (default: one the OS says is free)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/e2e/harness/browser.ts';

const root = import.meta.dirname;
const distDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';

// The port is chosen once, in the runner's process, and handed to the workers (and the suites) through the
// environment they inherit: a fixed port would make two runs on one machine collide.
process.env.E2E_PORT ??= execFileSync(
  process.execPath,
  [
    '-e',
    "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
  ],
  { encoding: 'utf8' },
).trim();
const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;
const baseURL = new URL(base, origin).href;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.ts',
  outputDir: 'tests/e2e/.artifacts',
  // Files run in parallel, the tests of one file in order: a 2-core machine shared with other work.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // No retry hides a flaky test: a flake is a bug to fix, in the test or the app.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: a busy 2-core CI machine can take seconds to paint what a quiet one paints at once. These are
  // limits against hangs; speed is measured by `npm run bench`, never here.
  timeout: 60_000,
  expect: { timeout: 15_000, toPass: { timeout: 15_000, intervals: [50, 100, 250, 500] } },
  reporter: [['list'], ['html', { outputFolder: 'tests/e2e/.report', open: 'never' }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-first-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS, timeout: 30_000 },
  },
  webServer: {
    // The server the site is previewed with (`npm run preview`), which sends the CSP header too.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${process.env.E2E_PORT} --strictPort --outDir "${distDir}" --logLevel warn`,
    url: baseURL,
    cwd: root,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
