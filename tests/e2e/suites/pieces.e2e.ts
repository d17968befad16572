// Search in pieces (issue #17): on a corpus built with slices, a cold /search?q= shows its results without
// the whole corpus index. The worker filters by entity from the shards (entities are terms of their
// paragraphs) and each result fetches its story's block of the search index and its body
// (src/data/search/search-in-pieces.ts); a reader with digests of their own keeps the whole index.
import type { Page } from '@playwright/test';
import { check, eventually } from '../harness/expect.ts';
import { norm } from '../harness/pages.ts';
import { test } from '../harness/registry.ts';

const WORD = 'mariupol';

/** Paths below `corpus/` the page has requested so far. */
function corpusRequests(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .flatMap((entry) => /\/corpus\/(.+)$/.exec(new URL(entry.name).pathname)?.[1] ?? []),
  );
}

const isIndex = (path: string) => /^index-[0-9a-f]+\.json$/.test(path);

/** Waits for the results page's status to answer `query`, and returns it. */
async function resultsFor(page: Page, query: string): Promise<string> {
  return eventually(async () => {
    const status = norm((await page.locator('main [role="status"]').textContent()) ?? '');
    check(status.includes(`for “${query}”`), `the status reads "${status}"`);
    return status;
  });
}

/** "3 hits in 2 stories" → [3, 2]. */
function counts(status: string): [number, number] {
  const match = /^(\d+) hits? in (\d+) stor(?:y|ies)/.exec(status);
  if (!match) return [0, 0];
  return [Number(match[1]), Number(match[2])];
}

/** The headlines of the result groups, once every group has loaded its story (none "Loading…"). */
async function resultTitles(page: Page): Promise<string[]> {
  return eventually(async () => {
    const pending = await page.locator('.search-group--pending').count();
    check(pending === 0, `${pending} results still loading their story`);
    return (await page.locator('.search-group__title').allTextContents()).map(norm);
  });
}

test('a cold /search?q= shows its results, marked, from the search index alone (no corpus index)', async ({
  page,
  goto,
  corpus,
}) => {
  await goto(`/search?q=${WORD}`);
  const status = await resultsFor(page, WORD);
  const [hits, stories] = counts(status);
  check(hits > 0 && stories > 0, `"${status}" counts no hits`);
  const titles = await resultTitles(page);
  check(titles.length === Math.min(stories, 20), `${titles.length} groups shown for ${stories} stories`);
  const known = new Set(corpus.stories.map((s) => norm(s.title)));
  check(
    titles.every((t) => known.has(t)),
    `headlines not in the corpus: ${titles.filter((t) => !known.has(t)).join(' | ')}`,
  );
  const marks = await page.locator('main mark.search-mark').allTextContents();
  check(marks.length > 0, 'no marked words in the results');
  // every hit links to a paragraph or a section of a story the corpus has
  const hrefs = await page
    .locator('.search-hit__link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  check(
    hrefs.length > 0 && hrefs.every((h) => /\/story\/[^/]+\/[^/?]+\?q=/.test(h)),
    `hit links: ${hrefs.join(' ')}`,
  );
  const requests = await corpusRequests(page);
  check(!requests.some(isIndex), `the search page fetched the whole index: ${requests.join(', ')}`);
  // the manifest and shards are read in the worker (not in the page's resource timing); a block in the page
  check(
    requests.some((p) => /^search\/[0-9a-f]+\.json$/.test(p)),
    `the search page read no block of the search index: ${requests.join(', ')}`,
  );
});

test('a typo and a prefix find what the word finds, in pieces', async ({ page, goto }) => {
  await goto(`/search?q=${WORD}`);
  const exact = counts(await resultsFor(page, WORD));
  for (const query of ['mariupl', 'mariu']) {
    await goto(`/search?q=${query}`);
    const found = counts(await resultsFor(page, query));
    check(found[0] >= exact[0], `"${query}" finds ${found[0]} hits, "${WORD}" ${exact[0]}`);
  }
  check(!(await corpusRequests(page)).some(isIndex), 'a search fetched the whole index');
});

test('an entity filter on a search keeps only paragraphs naming it, counted as the whole index counts them', async ({
  page,
  goto,
  corpus,
}) => {
  // the place most mentioned, and the stories whose paragraphs name it
  const place = corpus.entities
    .filter((e) => e.type === 'place')
    .sort((a, b) => b.mentionCount - a.mentionCount)[0];
  check(place, 'the corpus names no place');
  const naming = new Set(
    corpus.stories.filter((s) => s.paragraphEntityIds.includes(place.id)).map((s) => norm(s.title)),
  );
  await goto(`/search?q=${WORD}`);
  const [allHits] = counts(await resultsFor(page, WORD));
  await goto(`/search?q=${WORD}&place=${encodeURIComponent(place.slug)}`);
  const status = await resultsFor(page, WORD);
  check(status.includes('in paragraphs that match the filter'), `the filtered status reads "${status}"`);
  const [hits, stories] = counts(status);
  check(hits <= allHits, `the filter found more hits (${hits}) than none (${allHits})`);
  const titles = await resultTitles(page);
  check(titles.length === Math.min(stories, 20), `${titles.length} groups shown for ${stories} stories`);
  check(
    titles.every((t) => naming.has(t)),
    `stories whose paragraphs do not name ${place.id}: ${titles.filter((t) => !naming.has(t)).join(' | ')}`,
  );
  // the headline is not a paragraph: with a filter on, no group counts its headline
  const metas = (await page.locator('.search-group__meta').allTextContents()).map(norm);
  check(!metas.some((m) => m.includes('headline')), `filtered groups count headlines: ${metas.join(' | ')}`);
  // the same search through the whole index (a reader with digests of their own) counts the same
  await page.evaluate(() => localStorage.setItem('digest-explorer:has-local-digests', '1'));
  await page.reload();
  const whole = await resultsFor(page, WORD);
  check(
    counts(whole).join() === [hits, stories].join(),
    `pieces counted "${status}", the whole index "${whole}"`,
  );
  check(
    (await corpusRequests(page)).some(isIndex),
    'with digests of their own the reader did not get the whole index',
  );
});

test('an unknown entity in the filter is dropped, as the whole index drops it', async ({ page, goto }) => {
  await goto(`/search?q=${WORD}&person=nobody-by-this-name`);
  const [hits] = counts(await resultsFor(page, WORD));
  await page.evaluate(() => localStorage.setItem('digest-explorer:has-local-digests', '1'));
  await page.reload();
  const [wholeHits] = counts(await resultsFor(page, WORD));
  check(hits === wholeHits, `pieces found ${hits} hits, the whole index ${wholeHits}`);
});

/** The filtered list's status and the filter panel's facets (legends, rows and counts), as the reader sees them. */
async function filteredPage(page: Page): Promise<{ status: string; facets: string[] }> {
  return eventually(async () => {
    const status = norm((await page.locator('.filter-status').textContent()) ?? '');
    check(status.includes('hidden by the filter'), `the filter's status reads "${status}"`);
    const facets = (await page.locator('.filter-panel .facet').allTextContents()).map(norm);
    check(facets.length > 0, 'the filter panel shows no facet yet');
    return { status, facets };
  });
}

test('a cold /?person= renders its filtered list from the person’s slice, counted as the whole index counts it', async ({
  page,
  goto,
  corpus,
}) => {
  // the person whose paragraphs span the most stories
  const storiesOf = (id: string) => corpus.stories.filter((s) => s.paragraphEntityIds.includes(id));
  const person = corpus.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => storiesOf(b.id).length - storiesOf(a.id).length)[0];
  check(person, 'the corpus names no person');
  // the whole index is held back until the list has rendered: the page must not need it
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/corpus\/index-[0-9a-f]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await goto(`/?person=${encodeURIComponent(person.slug)}`);
  const pieces = await filteredPage(page);
  const titles = (await page.locator('main .story-card__title').allTextContents()).map(norm);
  const naming = new Set(storiesOf(person.id).map((s) => norm(s.title)));
  check(
    titles.length === naming.size && titles.every((t) => naming.has(t)),
    `listed ${titles.join(' | ')}; the stories naming ${person.id} are ${[...naming].join(' | ')}`,
  );
  check(
    !(await corpusRequests(page)).some(isIndex),
    'the filtered list fetched the whole index before rendering',
  );
  release();
  // the same link through the whole index (a reader with digests of their own) shows the same counts
  await page.evaluate(() => localStorage.setItem('digest-explorer:has-local-digests', '1'));
  await page.reload();
  const whole = await filteredPage(page);
  check(whole.status === pieces.status, `pieces: "${pieces.status}", the whole index: "${whole.status}"`);
  check(
    whole.facets.join('\n') === pieces.facets.join('\n'),
    `facets in pieces:\n${pieces.facets.join('\n')}\nthrough the whole index:\n${whole.facets.join('\n')}`,
  );
  check(
    (await corpusRequests(page)).some(isIndex),
    'with digests of their own the reader did not get the whole index',
  );
});
