// A reader with only a keyboard: Tab from the top reaches the outline and a story link, Enter opens the
// story, and every stop on the way shows where the focus is.
import { check, focusIndicator } from '../harness/expect.ts';
import { norm, rendered } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

const MAX_TABS = 60;

test('Tab reaches a story link in the outline, Enter opens it, focus is always visible', async ({
  page,
  goto,
  app,
}) => {
  await goto('/');
  await rendered(page);
  const stops: string[] = [];
  let reachedOutline = false;
  let storyHref: string | null = null;
  for (let i = 0; i < MAX_TABS && !storyHref; i++) {
    await page.keyboard.press('Tab');
    const indicator = await focusIndicator(page);
    stops.push(indicator.tag);
    check(
      indicator.visible,
      `Tab stop ${i + 1} (${indicator.tag}) shows no focus indicator: ${indicator.style}`,
    );
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const inOutline = !!el?.closest('nav[aria-label="Outline"]');
      const href = el instanceof HTMLAnchorElement ? el.href : null;
      return { inOutline, href };
    });
    reachedOutline ||= at.inOutline;
    if (at.inOutline && at.href && new URL(at.href).pathname.includes('/story/')) storyHref = at.href;
  }
  check(reachedOutline, `${MAX_TABS} Tabs never reached the outline; stops: ${stops.join(' → ')}`);
  check(storyHref, `${MAX_TABS} Tabs never reached a story link in the outline; stops: ${stops.join(' → ')}`);
  const title = norm((await page.evaluate(() => document.activeElement?.textContent ?? '')) ?? '');
  await page.keyboard.press('Enter');
  await page.waitForURL(storyHref);
  // The URL changes before the story renders: wait for its headline.
  await expect(async () => {
    const h1 = norm((await page.locator('h1').first().textContent()) ?? '');
    check(h1.includes(title) || title.includes(h1), `Enter on "${title}" opened a page whose h1 is "${h1}"`);
  }).toPass();
  check(app.path(page.url()).startsWith('/story/'), `Enter opened ${app.path(page.url())}`);
});
