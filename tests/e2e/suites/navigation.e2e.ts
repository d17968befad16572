// Moving through the corpus: previous/next links, the single-key shortcuts, the outline's current section,
// and the browser's own back and forward.
import type { Page } from '@playwright/test';
import type { E2eSection, E2eStory } from '../harness/corpus.ts';
import { check, expectInViewport } from '../harness/expect.ts';
import { norm, rendered, sectionHeading, storyPath } from '../harness/pages.ts';
import { type App, corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories } = corpusAtLoad();
const story = stories.find((s) => s.sections.length >= 2);
const [first, second] = story ? [story.sections[0]!, story.sections[1]!] : [];

/** The paths that show a section: the lead section is also the story itself. */
const pathsOf = (s: E2eStory, section: E2eSection) =>
  section.heading === null ? [storyPath(s, section), storyPath(s)] : [storyPath(s, section)];

/** Waits until the app's path (without query or hash) is one of `expected`. */
async function expectPath(page: Page, app: App, expected: string[], after: string): Promise<void> {
  await expect(() => {
    const path = app.path(page.url()).replace(/[?#].*$/, '');
    check(expected.includes(path), `after ${after}: at ${path}, expected ${expected.join(' or ')}`);
  }).toPass();
}

/** Waits until the story's headline is the page's h1. */
async function expectStory(page: Page, s: E2eStory, after: string): Promise<void> {
  await expect(async () => {
    const h1 = norm((await page.locator('h1').first().textContent()) ?? '');
    check(h1.includes(norm(s.title)), `after ${after}: h1 reads "${h1}", expected "${s.title}"`);
  }).toPass();
}

if (story && first && second) {
  test('next and previous section links move between sections', async ({ page, goto, app }) => {
    await goto(storyPath(story, first));
    await rendered(page);
    await page.locator('a[rel~="next"]').first().click();
    await expectPath(page, app, pathsOf(story, second), 'clicking a[rel=next]');
    await expectInViewport(sectionHeading(page, second), `heading of ${second.id}`);
    await page.locator('a[rel~="prev"]').first().click();
    await expectPath(page, app, pathsOf(story, first), 'clicking a[rel=prev]');
    await expectInViewport(sectionHeading(page, first), `heading of ${first.id}`);
  });

  test('j and k move to the next and previous section', async ({ page, goto, app }) => {
    await goto(storyPath(story, first));
    await rendered(page);
    await page.keyboard.press('j');
    await expectPath(page, app, pathsOf(story, second), 'pressing j');
    await expectInViewport(sectionHeading(page, second), `heading of ${second.id}`);
    await page.keyboard.press('k');
    await expectPath(page, app, pathsOf(story, first), 'pressing k');
    await expectInViewport(sectionHeading(page, first), `heading of ${first.id}`);
  });

  test('the outline marks the section being read', async ({ page, goto }) => {
    await goto(storyPath(story, second));
    const current = page.getByRole('navigation', { name: 'Outline' }).locator('[aria-current="location"]');
    await expect(async () => {
      const text = norm((await current.first().textContent()) ?? '');
      check(
        (await current.count()) === 1,
        `expected one aria-current="location" in the outline, found ${await current.count()}`,
      );
      check(
        text.includes(norm(second.heading ?? story.title)),
        `the outline marks "${text}", not "${second.heading}"`,
      );
    }).toPass();
  });
} else {
  test('section navigation', () => test.skip(true, 'the corpus has no story with two sections'));
}

const [storyA, storyB] = stories;
if (storyA && storyB) {
  test('] and [ move to the next and previous story', async ({ page, goto, app }) => {
    await goto(storyPath(storyA));
    await rendered(page);
    await page.keyboard.press(']');
    await expect(page, `after ]: expected ${storyPath(storyB)}`).toHaveURL((url) =>
      app.path(url.href).startsWith(storyPath(storyB)),
    );
    await expectStory(page, storyB, 'pressing ]');
    await page.keyboard.press('[');
    await expect(page, `after [: expected ${storyPath(storyA)}`).toHaveURL((url) =>
      app.path(url.href).startsWith(storyPath(storyA)),
    );
    await expectStory(page, storyA, 'pressing [');
  });
} else {
  test('] and [ move between stories', () => test.skip(true, 'the corpus has fewer than two stories'));
}

test('? opens the keyboard shortcuts dialog and Esc closes it', async ({ page, goto }) => {
  await goto(storyPath(stories[0]!));
  await rendered(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(async () =>
    check(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      'focus did not move into the open dialog',
    ),
  ).toPass();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('/ focuses the search box without typing into it', async ({ page, goto }) => {
  await goto('/');
  await rendered(page);
  await page.keyboard.press('/');
  await expect(async () => {
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLInputElement)) return { ok: false, what: el?.tagName ?? 'nothing', value: '' };
      const isSearch =
        el.type === 'search' ||
        el.getAttribute('role') === 'searchbox' ||
        !!el.closest('[role="search"], search');
      return { ok: isSearch, what: `input type=${el.type}`, value: el.value };
    });
    check(focused.ok, `after /: focus is on ${focused.what}, not a search box`);
    check(focused.value === '', `the / was typed into the search box: "${focused.value}"`);
  }).toPass();
});

if (story && second && storyA) {
  test('back and forward restore the URL and the view', async ({ page, goto, app }) => {
    await goto('/');
    await rendered(page);
    const home = app.path(page.url());
    await page
      .locator(`a[href$="${storyPath(story)}"]`)
      .first()
      .click();
    await expectPath(page, app, [storyPath(story)], 'following the story link');
    await expectStory(page, story, 'following the story link');
    await page
      .getByRole('navigation', { name: 'Outline' })
      .locator(`a[href$="${storyPath(story, second)}"]`)
      .click();
    await expectPath(page, app, [storyPath(story, second)], 'following the outline link');
    await expectInViewport(sectionHeading(page, second), `heading of ${second.id}`);

    await page.goBack();
    await expectPath(page, app, [storyPath(story)], 'back');
    await expectStory(page, story, 'back');
    await page.goBack();
    await expect(page, `after back twice: expected ${home}`).toHaveURL((url) => app.path(url.href) === home);
    await expect(page.locator(`a[href$="${storyPath(story)}"]`).first()).toBeVisible();
    await page.goForward();
    await expectPath(page, app, [storyPath(story)], 'forward');
    await expectStory(page, story, 'forward');
    await page.goForward();
    await expectPath(page, app, [storyPath(story, second)], 'forward twice');
    await expectInViewport(sectionHeading(page, second), `heading of ${second.id} after forward`);
  });
}
