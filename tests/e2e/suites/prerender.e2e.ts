// Prerendered pages (src/build/prerender-site.ts): every story, section and top-level page is static HTML
// that reads without JavaScript, hydrates without a mismatch, and stands in for its path with a query only without
// JavaScript, saying so (the app renders the query over it).
import type { Browser, Page } from '@playwright/test';
import { check } from '../harness/expect.ts';
import { byId, norm, rendered, storyPath } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

/** Opens `path` in a fresh context with JavaScript off, runs `fn`, closes the context. */
async function withoutScript(
  browser: Browser,
  url: string,
  fn: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    check(response?.status() === 200, `GET ${url} without JavaScript: HTTP ${response?.status()}`);
    await fn(page);
  } finally {
    await context.close();
  }
}

/** Records console warnings and errors that mention hydration. */
function hydrationMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'warning' || msg.type() === 'error') && /hydrat|did not match/i.test(msg.text()))
      messages.push(msg.text());
  });
  return messages;
}

/** Keeps the `h1` the server sent, to tell a hydrated page (same node) from one rendered afresh. */
async function rememberServerHeading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { serverH1: Element | null }).serverH1 = document.querySelector('h1');
    });
  });
}

/** Whether the page's `h1` is still the node the server sent. */
async function keptServerHeading(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const kept = (window as unknown as { serverH1: Element | null }).serverH1;
    return !!kept && kept === document.querySelector('h1') && document.contains(kept);
  });
}

/** Waits until the page responds to a click (the theme toggle switches the theme): the app is live. */
async function hydrated(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  const before = await page.locator('html').getAttribute('data-theme');
  await expect(async () => {
    await toggle.click();
    check((await page.locator('html').getAttribute('data-theme')) !== before, 'the theme toggle did nothing');
  }).toPass();
}

test('a story reads without JavaScript: headline, section headings, paragraphs and real links', async ({
  browser,
  app,
  corpus,
}) => {
  const story = corpus.stories.find((s) => s.sections.length > 1) ?? corpus.stories[0]!;
  await withoutScript(browser, app.url(storyPath(story)), async (page) => {
    check(
      norm((await page.locator('h1').first().textContent()) ?? '').includes(norm(story.title)),
      `h1 is not the headline "${story.title}"`,
    );
    check((await page.title()).includes(story.title), `<title> is "${await page.title()}"`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    check(!!description && !description.startsWith('Digest Explorer:'), `description is "${description}"`);
    for (const section of story.sections) {
      if (section.heading !== null) {
        const heading = page.locator(`section${byId(section.id)} h2`).first();
        check(
          norm((await heading.textContent()) ?? '').includes(norm(section.heading)),
          `section ${section.id} has no heading "${section.heading}"`,
        );
      }
      for (const id of section.paragraphIds) {
        const text = norm((await page.locator(byId(id)).first().textContent()) ?? '');
        check(text.length > 0, `paragraph ${id} is empty or missing`);
      }
    }
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const home = hrefs.filter((h) => h === app.baseUrl);
    check(home.length > 0, 'no link home');
    const other = corpus.stories.find((s) => s.id !== story.id);
    if (other) {
      check(
        hrefs.some((h) => app.path(h).startsWith(storyPath(other))),
        `no link to the other story ${storyPath(other)}`,
      );
    }
  });
});

test('the home page lists every story without JavaScript', async ({ browser, app, corpus }) => {
  await withoutScript(browser, app.url('/'), async (page) => {
    check(
      (await page.locator('#root').getAttribute('data-prerendered')) === new URL(app.baseUrl).pathname,
      'the home page is not marked as rendered for /',
    );
    for (const story of corpus.stories) {
      const link = page.locator(`a[href$="${storyPath(story)}"]`).first();
      check((await link.count()) > 0, `no link to ${storyPath(story)}`);
    }
  });
});

test('a story page hydrates without console errors or hydration warnings and stays interactive', async ({
  page,
  goto,
  corpus,
}) => {
  const messages = hydrationMessages(page);
  await rememberServerHeading(page);
  const story = corpus.stories[0]!;
  await goto(storyPath(story));
  await rendered(page);
  await hydrated(page);
  check(await keptServerHeading(page), 'the page was rendered afresh instead of hydrated');
  check(messages.length === 0, `hydration messages: ${messages.join(' | ')}`);
});

test('the home page hydrates and its filter works', async ({ page, goto, app, corpus }) => {
  const messages = hydrationMessages(page);
  await rememberServerHeading(page);
  await goto('/');
  await rendered(page);
  await hydrated(page);
  const entity = corpus.entities.find((e) => e.type === 'person') ?? corpus.entities[0]!;
  await page.getByRole('searchbox', { name: 'Find in the facets' }).fill(entity.name);
  await page.getByRole('checkbox', { name: entity.name, exact: true }).click(); // the box follows the URL (ticked once the navigation commits): check() would read it too early
  await expect(page, `the URL has no ${entity.type}=`).toHaveURL((url) =>
    app.path(url.href).includes(`${entity.type}=`),
  );
  check(await keptServerHeading(page), 'the home page was rendered afresh instead of hydrated');
  check(messages.length === 0, `hydration messages: ${messages.join(' | ')}`);
});

for (const path of ['/entities', '/insights', '/search', 'entity']) {
  test(`${path === 'entity' ? 'an entity page' : path} hydrates without hydration warnings`, async ({
    page,
    goto,
    corpus,
  }) => {
    const entity = corpus.entities.find((e) => e.type === 'person') ?? corpus.entities[0]!;
    const url = path === 'entity' ? `/entity/${entity.type}/${encodeURIComponent(entity.slug)}` : path;
    const messages = hydrationMessages(page);
    await rememberServerHeading(page);
    await goto(url);
    await rendered(page);
    await hydrated(page);
    check(await keptServerHeading(page), `${url} was rendered afresh instead of hydrated`);
    check(messages.length === 0, `hydration messages: ${messages.join(' | ')}`);
  });
}

test('a section deep link is its own page, opened at that section', async ({
  browser,
  page,
  goto,
  app,
  corpus,
}) => {
  const story = corpus.stories.find((s) => s.sections.length > 1) ?? corpus.stories[0]!;
  const section = story.sections.at(-1)!;
  const path = storyPath(story, section);
  await withoutScript(browser, app.url(path), async (off) => {
    const marker = await off.locator('#root').getAttribute('data-prerendered');
    check(marker === new URL(app.url(path)).pathname, `the page is marked "${marker}", not ${path}`);
  });
  const messages = hydrationMessages(page);
  await goto(path);
  await rendered(page);
  check(
    norm((await page.locator('h1').first().textContent()) ?? '').includes(norm(story.title)),
    'the section link does not show its story',
  );
  check(messages.length === 0, `hydration messages: ${messages.join(' | ')}`);
});

test('without JavaScript a filtered or search URL is its page with a note; with it, the filter', async ({
  browser,
  page,
  goto,
  app,
  corpus,
}) => {
  const entity = corpus.entities.find((e) => e.type === 'person') ?? corpus.entities[0]!;
  const path = `/?${entity.type}=${encodeURIComponent(entity.slug)}`;
  for (const url of [path, '/search?q=forces']) {
    await withoutScript(browser, app.url(url), async (off) => {
      check((await off.locator('#root *').count()) > 0, `${url} without JavaScript is an empty page`);
      const note = norm((await off.locator('.noscript-note').textContent()) ?? '');
      check(/filters and search need it/.test(note), `${url} without JavaScript says "${note}"`);
    });
  }
  await goto(path);
  await rendered(page);
  // The filter is applied: the story list says what it keeps (a line the unfiltered home page lacks).
  await expect(page.getByText(entity.name).first()).toBeVisible();
  check(app.path(page.url()) === path, `the URL changed to ${page.url()}`);
  check(!(await page.locator('.noscript-note').isVisible()), 'the noscript note shows with JavaScript on');
});

test('an unknown path and /my-digests get the app shell, which says it needs JavaScript', async ({
  browser,
  app,
}) => {
  for (const path of ['/my-digests', '/no-such-page']) {
    await withoutScript(browser, app.url(path), async (off) => {
      check(
        (await off.locator('#root').getAttribute('data-prerendered')) === null,
        `${path} got a rendered page`,
      );
      const note = off.locator('.noscript-note');
      check(/needs JavaScript/.test((await note.textContent()) ?? ''), `${path}: no "needs JavaScript" note`);
      const home = await note.locator('a').getAttribute('href');
      check(home === app.url('/').replace(/^https?:\/\/[^/]+/, ''), `the note links to ${home}`);
    });
  }
});

test('robots.txt allows crawling', async ({ page, app }) => {
  const response = await page.request.get(app.url('/robots.txt'));
  check(response.status() === 200, `robots.txt: HTTP ${response.status()}`);
  check(/User-agent: \*/i.test(await response.text()), 'robots.txt has no "User-agent: *"');
});
