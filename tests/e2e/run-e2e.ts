/**
 * `npm run test:e2e`: builds the app, then runs the browser tests with @playwright/test (playwright.config.ts
 * serves the build and drives the system Chromium).
 *
 *   npm run test:e2e                       build, then run everything
 *   npm run test:e2e -- smoke "deep link"  only tests whose file or name contains one of the words (any case)
 *   npm run test:e2e -- --workers=1 …      anything starting with - goes to `playwright test` as it is
 *   E2E_SKIP_BUILD=1 npm run test:e2e      reuse dist/ (CI builds just before)
 *   E2E_DIST_DIR=/tmp/e2e-dist             build into and serve that folder instead of dist/
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const distDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');

function run(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(distDir, 'index.html'))) {
  console.log(`build: skipped (E2E_SKIP_BUILD=1, ${distDir}/ present)`);
} else {
  const started = Date.now();
  // Slices at any size (src/core/bundle/slices/slices-pay.ts): the seed is small enough to load whole, yet the
  // suites should see pages load as they do from a large corpus; every filtered URL takes the whole index.
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const status = run([vite, 'build', '--logLevel', 'warn', '--outDir', distDir], {
    ...process.env,
    DIGEST_SLICES: process.env.DIGEST_SLICES ?? 'always',
  });
  if (status !== 0) {
    console.error(`vite build failed (exit ${status}): no browser test ran`);
    process.exit(1);
  }
  console.log(`build: ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

// Bare words select tests as the old runner did: any of them, in the file name or the test name, any case
// (playwright's --grep is case-insensitive unless written /…/).
const args = process.argv.slice(2);
const words = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
const grep = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const cli = join(root, 'node_modules/@playwright/test/cli.js');
process.exit(run([cli, 'test', ...(grep ? ['--grep', grep] : []), ...flags]));
