// Wrong addresses get a page that says so and a way home, not a blank screen or a crash.
import { check } from '../harness/expect.ts';
import { expectText, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, test } from '../harness/test.ts';

const real = corpusAtLoad().stories[0]!;
const paths = ['/story/no-such-story', `${storyPath(real)}/no-such-section`, '/nowhere'];

for (const path of paths) {
  test(`${path} says "not found" and links home`, async ({ page, goto, app }) => {
    await goto(path);
    await expectText(page.locator('h1').first(), /not found/i, 'h1');
    const home = await page.locator('a[href]').evaluateAll(
      (links, base) =>
        links.some((a) => {
          const href = (a as HTMLAnchorElement).href.replace(/[?#].*$/, '');
          return href === base && (a as HTMLElement).offsetParent !== null;
        }),
      app.baseUrl,
    );
    check(home, `no visible link to ${app.baseUrl}`);
  });
}
