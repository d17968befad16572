// Security: the built site runs under a strict Content-Security-Policy (header and meta tag) with no violation
// on any route; corpus text and URL parameters are shown as text, never as HTML (a dialog fails the test); a
// story chunk that fails to load offers a retry that works.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { check } from '../harness/expect.ts';
import { norm, rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';
import { PRERENDER_LOADER, PRERENDER_LOADER_HASH } from '../../../src/build/prerender-loader.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const INJECTION = join(ROOT, 'tests/fixtures/hostile/injection.txt');
const INJECTION_HEADLINE = '<script>alert(1)</script> Breaking news from Vienna';
const CSP_ERROR = /Content Security Policy|Refused to/;
const { stories, entities } = corpusAtLoad();

/** Records CSP violations and dialogs from the first script on; a dialog means injected code ran. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return {
    dialogs,
    violations: () =>
      page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
  };
}

test('every route runs under the policy (header and meta) without a violation or an inline script but the loader', async ({
  page,
  goto,
  app,
}) => {
  const { violations, dialogs } = await watch(page);
  const response = await page.goto(app.url('/'));
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
  ]) {
    check(header.includes(directive), `the CSP header "${header}" lacks ${directive}`);
  }
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  check(meta === header, `the meta policy "${meta}" differs from the header "${header}"`);
  check(!/unsafe-(inline|eval)/.test(header), `the policy allows ${header}`);
  check(
    header.includes(PRERENDER_LOADER_HASH),
    `the CSP header "${header}" does not allow the loader by its hash`,
  );
  await rendered(page);
  // the one inline script is a prerendered page's loader, allowed by its hash, and the same on every page
  const inline = await page.locator('script:not([src])').allTextContents();
  check(
    inline.every((text) => text === PRERENDER_LOADER),
    `${inline.filter((text) => text !== PRERENDER_LOADER).length} inline <script> element(s) in the page besides the loader`,
  );

  const story = stories[0]!;
  const entity = entities.find((e) => e.type === 'person') ?? entities[0]!;
  for (const path of [storyPath(story), '/entities', `/entity/${entity.type}/${entity.slug}`, '/nowhere']) {
    await goto(path);
    await rendered(page);
  }
  // Open the entity card and the shortcuts dialog: code paths that set styles at run time.
  await goto(`${storyPath(story)}?${entity.type}=${entity.slug}`);
  await rendered(page);
  await page.keyboard.press('?');
  const found = await violations();
  check(found.length === 0, `CSP violations:\n  ${found.join('\n  ')}`);
  check(dialogs.length === 0, `dialogs opened: ${dialogs.join(', ')}`);
});

test.describe(() => {
  test.use({ allowConsoleErrors: [CSP_ERROR] });
  test('the policy is enforced: an inline script added to the page does not run', async ({ page, goto }) => {
    const { violations } = await watch(page);
    await goto('/');
    await rendered(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    check(!ran, 'an inline script ran: the policy is not applied');
    await expect(async () => {
      const found = await violations();
      check(
        found.some((v) => v.startsWith('script-src')),
        `no script-src violation reported: ${found.join('; ')}`,
      );
    }).toPass();
  });
});

for (const [name, query] of [
  ['person', 'person=<img src=x onerror=alert(1)>'],
  ['exclude', 'exclude=place:"><script>alert(1)</script>'],
] as const) {
  test(`an unknown ${name} in the URL is named in a notice as text, never run`, async ({ page, goto }) => {
    const { violations, dialogs } = await watch(page);
    await goto(`/?${query}`);
    await rendered(page);
    const value = new URLSearchParams(query).getAll(name)[0]!.replace(/^place:/, '');
    const notice = page.locator('.filter-notice');
    await expect(notice.first()).toBeVisible();
    const text = norm((await notice.first().textContent()) ?? '');
    check(text.includes(value), `the notice reads "${text}", without the value "${value}" as text`);
    check((await page.locator('main img, main script').count()) === 0, 'the value became markup in <main>');
    check(dialogs.length === 0, `a dialog opened: ${dialogs.join(', ')}`);
    check((await violations()).length === 0, `CSP violations: ${(await violations()).join('; ')}`);
  });
}

const XSS = '<img src=x onerror=alert(1)>';
for (const path of [
  `/story/${encodeURIComponent(XSS)}`,
  `/story/${encodeURIComponent(stories[0]!.id)}/${encodeURIComponent(XSS)}`,
  `/entity/person/${encodeURIComponent(XSS)}`,
  `/entity/${encodeURIComponent(XSS)}/x`,
  `/search?q=${encodeURIComponent(XSS)}`,
  `/entities?find=${encodeURIComponent(XSS)}&sort=${encodeURIComponent('<script>')}`,
  `/?match=${encodeURIComponent('<script>alert(1)</script>')}&demonyms=${encodeURIComponent(XSS)}`,
]) {
  test(`${decodeURIComponent(path)} renders no markup from the address and opens no dialog`, async ({
    page,
    goto,
  }) => {
    const { violations, dialogs } = await watch(page);
    await goto(path);
    await rendered(page);
    await page.waitForTimeout(200);
    const injected = await page.locator('img[src="x"], [onerror], a[href^="javascript:"]').count();
    check(injected === 0, `${injected} element(s) made from the address`);
    check(dialogs.length === 0, `a dialog opened: ${dialogs.join(', ')}`);
    const found = await violations();
    check(found.length === 0, `CSP violations: ${found.join('; ')}`);
  });
}

test.describe(() => {
  test.use({ allowConsoleErrors: [/status of 500/] });
  test('a story chunk that fails to load shows a retry, and the retry loads it', async ({ page, goto }) => {
    const story = stories[0]!;
    let failing = true;
    let failed = 0;
    await page.route(/\/corpus\/[0-9a-f]{16}\.json$/, (route) => {
      if (!failing) return route.continue();
      failed++;
      return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"down"}' });
    });
    await goto(storyPath(story));
    const retry = page.getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();
    check(failed > 0, 'no story chunk was requested');
    const alert = norm((await page.getByRole('alert').first().textContent()) ?? '');
    check(/could not load/i.test(alert), `the error view reads "${alert}"`);
    failing = false;
    await retry.click();
    const h1 = page.locator('h1').filter({ hasText: story.title.slice(0, 20) });
    await expect(h1.first()).toBeVisible();
    check((await page.getByRole('button', { name: 'Retry' }).count()) === 0, 'the retry stays after loading');
  });
});

test('a seed made of markup and script renders as plain text and runs nothing', async ({ browser }) => {
  test.setTimeout(180_000);
  // A site built from a folder holding the injection digest beside the real seed (never added to seeds/).
  const work = mkdtempSync(join(tmpdir(), 'security-e2e-'));
  const seeds = join(work, 'seeds');
  const out = join(work, 'dist');
  mkdirSync(seeds);
  copyFileSync(INJECTION, join(seeds, 'injection.txt'));
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, env: { ...process.env, DIGEST_SEEDS: seeds, BASE_PATH: '/' }, encoding: 'utf8' },
  );
  check(built.status === 0, `vite build of the injection seed failed: ${built.stderr}`);
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: out },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  try {
    const origin = server.resolvedUrls?.local[0] ?? '';
    check(origin !== '', 'the preview server has no URL');
    const context = await browser.newContext();
    try {
      const hostile = await context.newPage();
      const { violations, dialogs } = await watch(hostile);
      const errors: string[] = [];
      hostile.on('pageerror', (e) => errors.push(e.message));
      await hostile.goto(origin);
      const link = hostile.locator('main').getByRole('link', { name: INJECTION_HEADLINE });
      await expect(link.first()).toBeVisible();
      await link.first().click();
      const h1 = hostile.locator('h1').first();
      await expect(async () =>
        check(norm((await h1.textContent()) ?? '') === INJECTION_HEADLINE, 'h1 is not the headline as text'),
      ).toPass();
      const main = hostile.locator('main');
      await expect(
        main.getByText('<img src=x onerror=alert(1)> Ministers met', { exact: false }).first(),
      ).toBeVisible();
      const markup = await main
        .locator('script, img, svg[onload], a[href^="javascript:"], [onerror]')
        .count();
      check(markup === 0, `${markup} element(s) made from the digest's markup`);
      const jsLinks = await hostile.locator('a[href^="javascript:"]').count();
      check(jsLinks === 0, `${jsLinks} javascript: link(s) on the page`);
      await hostile.waitForTimeout(300);
      check(dialogs.length === 0, `a dialog opened: ${dialogs.join(', ')}`);
      check(errors.length === 0, `page errors: ${errors.join('; ')}`);
      const found = await violations();
      check(found.length === 0, `CSP violations: ${found.join('; ')}`);
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
