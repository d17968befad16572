// Full-text search: live results under the header box, the /search?q= page (fresh load and reload), and the
// jump from a hit to its paragraph with the query words marked (CSS Custom Highlight API, `search-hit`). Queries
// run in the search worker; a digest the reader adds on /my-digests is searchable until it is removed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { check, eventually, expectInViewport } from '../harness/expect.ts';
import { byId, expectText, norm, rendered } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

const WORD = 'mariupol';

/** The texts the `search-hit` highlight covers on the page (empty when there is none). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('search-hit');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/** Fails unless the page's `<mark class="search-mark">`s all read the word (case aside), at least one. */
async function expectMarks(page: Page, scope: string, where: string): Promise<number> {
  return eventually(async () => {
    const marks = await page.locator(`${scope} mark.search-mark`).allTextContents();
    check(marks.length > 0, `${where}: no marked words`);
    const wrong = marks.filter((m) => !m.toLowerCase().startsWith(WORD.slice(0, 5)));
    check(wrong.length === 0, `${where}: marks ${JSON.stringify(wrong)} do not answer "${WORD}"`);
    return marks.length;
  }, 10_000);
}

test('typing in the header box shows live results with marks; a click lands on the paragraph, marked', async ({
  page,
  goto,
  app,
}) => {
  await goto('/');
  await rendered(page);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await page.keyboard.type('mariu', { delay: 30 });
  check(
    (await box.inputValue()) === 'mariu',
    `the box reads "${await box.inputValue()}" after typing "mariu"`,
  );
  const live = page.getByRole('list', { name: 'Results as you type' });
  await expect(live).toBeVisible();
  await expectMarks(page, '.search-live', 'live results');
  await expectText(page.locator('.search-live__status'), /^\d+ hits? in \d+ stor(y|ies)$/, 'live count');

  const first = live.getByRole('link').first();
  const href = (await first.getAttribute('href')) ?? '';
  const hash = href.split('#')[1] ?? '';
  check(/^p-\d+$/.test(hash), `the first live result links to ${href}, not to a paragraph`);
  await first.click();
  await expect(() => {
    const url = new URL(page.url());
    check(url.pathname.includes('/story/'), `after the click the page is ${app.path(page.url())}`);
    check(
      url.searchParams.get('q') === 'mariu',
      `the story URL ${app.path(page.url())} does not carry q=mariu`,
    );
    check(url.hash === `#${hash}`, `the story URL ${app.path(page.url())} lost #${hash}`);
  }).toPass();
  await expectInViewport(page.locator(`p${byId(hash)}`), `paragraph #${hash}`);
  await expect(async () => {
    const texts = await highlighted(page);
    check(texts.length > 0, `no search-hit highlight in #${hash}`);
    check(
      texts.every((t) => t.toLowerCase().startsWith('mariu')),
      `highlighted ${JSON.stringify(texts)} in #${hash}`,
    );
  }).toPass();
  const inside = await page.locator(`p${byId(hash)}`).evaluate((p) => {
    const highlight = CSS.highlights.get('search-hit');
    return highlight
      ? [...highlight].every((r) => r instanceof Range && p.contains(r.commonAncestorContainer))
      : false;
  });
  check(inside, `the highlighted words are not all inside paragraph #${hash}`);
  check(
    (await page.locator('.search-live').count()) === 0,
    'the live results stay open after following a result',
  );
});

test('Enter in the header box opens /search?q= with every hit', async ({ page, goto, app }) => {
  await goto('/');
  await rendered(page);
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.click();
  await page.keyboard.type(WORD);
  await page.keyboard.press('Enter');
  await expect(() => {
    const url = new URL(page.url());
    check(url.pathname.endsWith('/search'), `Enter went to ${app.path(page.url())}`);
    check(url.searchParams.get('q') === WORD, `the results URL ${app.path(page.url())} has no q=${WORD}`);
  }).toPass();
  await expectText(page.locator('h1').first(), `Search: ${WORD}`, 'h1');
  await expectMarks(page, 'main', '/search after Enter');
});

test(`/search?q=${WORD} fresh-loaded lists marked hits by story, and survives a reload`, async ({
  page,
  goto,
}) => {
  await goto(`/search?q=${WORD}`);
  await expectText(page.locator('h1').first(), `Search: ${WORD}`, 'h1');
  const status = page.locator('main [role="status"]');
  await expectText(status, new RegExp(`^\\d+ hits? in \\d+ stor(y|ies) for “${WORD}”\\.$`), 'status');
  const count = Number(norm((await status.textContent()) ?? '').split(' ')[0]);
  await expectMarks(page, 'main', 'fresh /search');
  // every hit of every story, its snippet marked (snippets fill in as the story bodies arrive)
  for (const more of await page
    .getByRole('button', { name: /^Show all \d+ hits (in this story|below the headline)$/ })
    .all())
    await more.click();
  await expect(async () => {
    const perHit = await page
      .locator('main a.search-hit__link')
      .evaluateAll((links) => links.map((a) => a.querySelectorAll('mark.search-mark').length));
    const headlines = await page.locator('main .search-group__meta', { hasText: ': the headline' }).count();
    check(
      perHit.length + headlines === count,
      `${perHit.length} hit links + ${headlines} headlines ≠ ${count} hits`,
    );
    check(
      perHit.every((n) => n > 0),
      `hits without a marked word: ${JSON.stringify(perHit)}`,
    );
  }).toPass({ timeout: 10_000 });
  const stories = await page.getByRole('list', { name: 'Stories with hits' }).locator(':scope > li').count();
  check(stories > 0, 'no story listed');
  const hitLinks = await page
    .locator('main a.search-hit__link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  check(hitLinks.length > 0, 'no hit links');
  check(
    hitLinks.every((h) => new URL(h).searchParams.get('q') === WORD && /#p-\d+$/.test(h)),
    `hit links do not all carry q=${WORD} and a paragraph: ${hitLinks.slice(0, 3).join(', ')}`,
  );

  await page.reload({ waitUntil: 'load' });
  await expectText(page.locator('h1').first(), `Search: ${WORD}`, 'h1 after reload');
  await expectText(status, `${count} `, 'status after reload');
  await expectMarks(page, 'main', '/search after reload');
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  check((await box.inputValue()) === WORD, `after reload the box reads "${await box.inputValue()}"`);
});

test('the index is loaded and queried in the search worker, not on the page', async ({ page, goto }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await goto(`/search?q=${WORD}`);
  const status = page.locator('main [role="status"]');
  await expectText(status, new RegExp(`^\\d+ hits? in \\d+ stor(y|ies) for “${WORD}”\\.$`), 'status');
  check(
    workers.some((url) => /search-worker/.test(url)),
    `no search worker was started (workers: ${JSON.stringify(workers)})`,
  );
  // the main-thread fallback (which brings MiniSearch to the page) is for browsers without workers only
  check(
    !scripts.some((path) => path.includes('search-main-thread-channel')),
    `the page loaded the main-thread search: ${scripts.filter((p) => p.includes('search')).join(', ')}`,
  );
});

// A word that occurs only in this digest, never in the seeds.
const LOCAL_WORD = 'geothermal';
const LOCAL_HEADLINE = 'Geothermal plant opens near Reykjavik';
const localDigest = join(mkdtempSync(join(tmpdir(), 'search-digest-')), 'iceland.txt');
writeFileSync(
  localDigest,
  `${LOCAL_HEADLINE}\n\nEngineers in Reykjavik switched on a new geothermal plant on Monday, the energy agency said.\n\nThe plant will heat homes across Iceland, officials said at the opening.\n`,
);

test('a word only in a digest added on /my-digests finds it; after "Remove" it is gone', async ({
  page,
  goto,
  app,
}) => {
  await goto(`/search?q=${LOCAL_WORD}`);
  const status = page.locator('main [role="status"]');
  await expectText(status, `No hits for “${LOCAL_WORD}”.`, 'status before the digest is added');

  await goto('/my-digests');
  await page.getByLabel('Choose a digest (.txt)').setInputFiles(localDigest);
  await expectText(page.locator('main').getByRole('status'), 'Added iceland.txt: 1 story', 'status');

  // the live results under the header box, in the same session (the index was invalidated by the add)
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.click();
  await page.keyboard.type(LOCAL_WORD, { delay: 30 });
  const live = page.getByRole('list', { name: 'Results as you type' });
  await expect(live).toBeVisible();
  const first = live.getByRole('link').first();
  await expectText(first, LOCAL_HEADLINE, 'the live result');
  const href = (await first.getAttribute('href')) ?? '';
  check(
    /\/story\/local-[0-9a-f]{12}--[^/]+\/lead\?q=geothermal#p-\d+$/.test(decodeURIComponent(href)),
    `the live result links to ${href}, not to the local story's paragraph`,
  );
  await first.click();
  await expectText(page.locator('h1').first(), LOCAL_HEADLINE, 'story h1');
  check(/\/story\/local-/.test(app.path(page.url())), `the result opened ${app.path(page.url())}`);
  await expect(async () => {
    const texts = await highlighted(page);
    check(
      texts.length > 0 && texts.every((t) => t.toLowerCase() === LOCAL_WORD),
      `highlighted ${JSON.stringify(texts)}`,
    );
  }).toPass();

  // the results page, fresh-loaded: the digest is read from IndexedDB by the worker
  await goto(`/search?q=${LOCAL_WORD}`);
  await expectText(status, `2 hits in 1 story for “${LOCAL_WORD}”.`, 'status with the digest');
  await expect(page.getByRole('article', { name: LOCAL_HEADLINE })).toBeVisible();
  await expectText(page.locator('main a.search-hit__link').first(), /geothermal plant/i, 'the hit snippet');

  await goto('/my-digests');
  await page.getByRole('button', { name: 'Remove iceland.txt' }).click();
  await expectText(page.locator('main'), 'No digests of your own yet', 'the list after Remove');
  await goto(`/search?q=${LOCAL_WORD}`);
  await expectText(status, `No hits for “${LOCAL_WORD}”.`, 'status after Remove');
});
