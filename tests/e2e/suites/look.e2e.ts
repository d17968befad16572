// How the app looks and behaves beyond the desktop default: the dark theme (from the system and from the
// toggle), a phone-sized screen, and copying a link to a section.
import {
  backgroundLuminance,
  check,
  eventually,
  expectInViewport,
  expectNoHorizontalScroll,
} from '../harness/expect.ts';
import { byId, rendered, sectionHeading, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories } = corpusAtLoad();
const story = stories[0]!;
const section = story.sections.find((s) => s.heading !== null) ?? story.sections[0]!;

test.describe(() => {
  test.use({ colorScheme: 'dark' });
  test('the system dark preference gives a dark page', async ({ page, goto }) => {
    await goto(storyPath(story));
    await rendered(page);
    const luminance = await backgroundLuminance(page);
    check(luminance < 0.2, `dark scheme: background luminance ${luminance.toFixed(2)}, expected a dark page`);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(async () => {
      const light = await backgroundLuminance(page);
      check(light > 0.6, `light scheme: background luminance ${light.toFixed(2)}, expected a light page`);
    }).toPass();
  });
});

test('the theme toggle switches to dark and back, and is remembered', async ({ page, goto }) => {
  await goto(storyPath(story));
  await rendered(page);
  check((await backgroundLuminance(page)) > 0.6, 'the light page is not light');
  await page.getByRole('button', { name: /dark theme/i }).click();
  await expect
    .poll(() => backgroundLuminance(page), { message: 'the toggle did not darken the page' })
    .toBeLessThan(0.2);
  await page.reload();
  await rendered(page);
  await expect
    .poll(() => backgroundLuminance(page), { message: 'the dark choice was lost on reload' })
    .toBeLessThan(0.2);
  await page.getByRole('button', { name: /light theme/i }).click();
  await expect
    .poll(() => backgroundLuminance(page), { message: 'the toggle did not lighten the page' })
    .toBeGreaterThan(0.6);
});

const phone = { width: 360, height: 740 };
const person = corpusAtLoad()
  .entities.filter((e) => e.type === 'person')
  .sort((a, b) => b.mentionCount - a.mentionCount)[0];
const phonePaths = [
  '/',
  storyPath(story),
  storyPath(story, section),
  '/entities',
  ...(person ? [`/entity/person/${person.slug}`, `${storyPath(story)}?person=${person.slug}`] : []),
];
for (const path of phonePaths) {
  test.describe(() => {
    test.use({ viewport: phone });
    test(`${path} fits a 360 px phone screen without sideways scrolling`, async ({ page, goto }) => {
      await goto(path);
      await rendered(page);
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page, path);
    });
  });
}

test.describe(() => {
  test.use({ viewport: phone });
  test('a section deep link on a phone lands on its heading', async ({ page, goto }) => {
    await goto(storyPath(story, section));
    await expectInViewport(sectionHeading(page, section), `heading of ${section.id} at 360 px`);
  });
});

test.describe(() => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('"Copy link" on a section copies its absolute URL, and that URL opens there', async ({
    page,
    goto,
    app,
  }) => {
    await goto(storyPath(story, section));
    await rendered(page);
    const scope =
      section.heading === null ? page.locator('main') : page.locator(`section${byId(section.id)}`);
    await scope
      .getByRole('button', { name: /^Copy link/ })
      .first()
      .click();
    const copied = await eventually(async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      check(text.length > 0, 'the clipboard is empty after "Copy link"');
      return text;
    });
    check(/^https?:\/\//.test(copied), `copied "${copied}", expected an absolute URL`);
    const url = new URL(copied);
    const path = app.path(copied);
    const paragraphIds = section.paragraphIds;
    const toSection = path.replace(/[?#].*$/, '') === storyPath(story, section);
    const toParagraph = paragraphIds.includes(decodeURIComponent(url.hash.slice(1)));
    check(url.origin === app.origin, `copied ${copied}: not this app's origin ${app.origin}`);
    check(
      toSection || toParagraph,
      `copied ${copied}: neither ${storyPath(story, section)} nor a paragraph of it`,
    );

    await page.goto(copied);
    const target = toParagraph ? page.locator(`p${byId(url.hash.slice(1))}`) : sectionHeading(page, section);
    await expectInViewport(target, `the copied link's target`);
  });
});
