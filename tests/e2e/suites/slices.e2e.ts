// A page's first load does not grow with the corpus (issue #6): `/` and story pages render and hydrate
// from their slice (src/core/bundle/slices/slice-files.ts); the whole index follows while the browser is idle,
// and a filter works from it.
import type { Page } from '@playwright/test';
import { check } from '../harness/expect.ts';
import { norm, rendered, storyPath } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

/** Corpus files the page fetched (paths below `corpus/`), split by whether it asked before it was ready. */
interface CorpusFetches {
  beforeReady: string[];
  afterReady: string[];
}

/** Notes the moment `<html data-app="ready">` appears (before any page script runs). */
async function noteReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // the script runs before the document has its root element: watch the document, subtree included
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.app !== 'ready') return;
      (window as unknown as { readyAt: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  });
}

/** The page's corpus requests by start time against the moment it became ready. */
async function corpusFetches(page: Page): Promise<CorpusFetches> {
  return page.evaluate(() => {
    const readyAt = (window as unknown as { readyAt?: number }).readyAt;
    if (readyAt === undefined) throw new Error('the page never marked itself ready');
    const fetches = { beforeReady: [] as string[], afterReady: [] as string[] };
    for (const entry of performance.getEntriesByType('resource')) {
      const match = /\/corpus\/(.+)$/.exec(new URL(entry.name).pathname);
      if (match) (entry.startTime < readyAt ? fetches.beforeReady : fetches.afterReady).push(match[1]!);
    }
    return fetches;
  });
}

/** Fails clearly when dist/ was built without slices (a small corpus, DIGEST_SLICES unset). */
async function requireSlices(page: Page): Promise<void> {
  // a prerendered page names its slices in its loader (src/build/prerender-loader.ts) until it has painted
  const preloads = await page
    .locator('link[rel="preload"][href*="/corpus/slice-"], script[data-fetch*="/corpus/slice-"]')
    .count();
  check(preloads > 0, 'dist/ has no slices: build it with DIGEST_SLICES=always (npm run test:e2e does)');
}

const isIndex = (path: string) => /^index-[0-9a-f]+\.json$/.test(path);

test('/ becomes interactive from its list page’s slice and the facet base, then fetches the whole index when idle', async ({
  page,
  goto,
}) => {
  await noteReady(page);
  await goto('/');
  await requireSlices(page);
  await rendered(page);
  await expect(page.locator('html[data-corpus="whole"]')).toBeAttached();
  const { beforeReady, afterReady } = await corpusFetches(page);
  check(
    beforeReady.some((p) => /^slice-[0-9a-f]+\/home-1\.json$/.test(p)) &&
      beforeReady.some((p) => /^slice-[0-9a-f]+\/facets\.json$/.test(p)),
    `/ loaded ${beforeReady.join(', ')} before it was ready, not its slice and the facet base`,
  );
  check(
    !beforeReady.some(isIndex),
    `/ loaded the whole index before it was ready: ${beforeReady.join(', ')}`,
  );
  check(
    afterReady.some(isIndex),
    `the whole index was marked loaded but fetched only ${afterReady.join(', ')}`,
  );
});

test('a story page becomes interactive from its digest’s slice, without the whole index', async ({
  page,
  goto,
  corpus,
}) => {
  const story = corpus.stories[corpus.stories.length - 1]!;
  await noteReady(page);
  await goto(storyPath(story));
  await requireSlices(page);
  await rendered(page);
  const { beforeReady } = await corpusFetches(page);
  check(
    beforeReady.some((p) => /^slice-[0-9a-f]+\/story-[0-9a-f]+\.json$/.test(p)) &&
      beforeReady.some((p) => /^slice-[0-9a-f]+\/digest-[0-9a-f]+\.json$/.test(p)),
    `the story page loaded ${beforeReady.join(', ')}, not its pointer and digest slice`,
  );
  check(
    !beforeReady.some(isIndex),
    `the story page loaded the whole index before it was ready: ${beforeReady.join(', ')}`,
  );
});

test('a filter ticked on a page rendered from its slice narrows the list', async ({
  page,
  goto,
  app,
  corpus,
}) => {
  await goto('/');
  await requireSlices(page);
  await rendered(page);
  const people = page.getByRole('group', { name: /People/ });
  const box = people.getByRole('checkbox').first();
  const name = norm((await people.locator('.facet__name').first().textContent()) ?? '');
  const person = corpus.entities.find((e) => e.type === 'person' && e.name === name);
  check(!!person, `no person named "${name}" in the corpus`);
  const expected = corpus.stories.filter((s) => s.paragraphEntityIds.includes(person!.id)).length;
  await box.click();
  await page.waitForURL((url) => app.path(url.href).includes('person='), { timeout: 10_000 });
  await expect(async () => {
    const cards = await page.locator('.story-card').count();
    check(cards === expected, `the list shows ${cards} stories naming ${name}, not ${expected}`);
  }).toPass();
});
