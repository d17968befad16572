// axe-core on every kind of page, in the light and the dark theme: zero violations.
import { backgroundLuminance, expectNoAxeViolations } from '../harness/expect.ts';
import { rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories, entities } = corpusAtLoad();
const story = stories[0]!;
const section = story.sections.find((s) => s.heading !== null) ?? story.sections[0]!;
const person = entities.filter((e) => e.type === 'person').sort((a, b) => b.mentionCount - a.mentionCount)[0];

const routes: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'story', path: storyPath(story) },
  { name: 'section deep link', path: storyPath(story, section) },
  { name: 'not found', path: '/story/no-such-story' },
  { name: 'entities', path: '/entities' },
  ...(person
    ? [
        { name: 'entity page', path: `/entity/person/${person.slug}` },
        { name: 'home filtered by a person', path: `/?person=${person.slug}` },
        { name: 'story filtered by a person', path: `${storyPath(story)}?person=${person.slug}` },
      ]
    : []),
];

// One load per route, checked in the light theme and then, after switching the emulated scheme, the dark one.
for (const route of routes) {
  test(`${route.name} ${route.path} has no axe violations, light and dark`, async ({ page, goto }) => {
    // Two whole axe passes over a long page: 52 s seen at a load average of 25 on 2 cores, near the 60 s default.
    test.setTimeout(120_000);
    await goto(route.path);
    await rendered(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, `${route.path} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => backgroundLuminance(page), { message: 'the page did not turn dark' })
      .toBeLessThan(0.2);
    await expectNoAxeViolations(page, `${route.path} (dark)`);
  });
}

test('the keyboard shortcuts dialog has no axe violations', async ({ page, goto }) => {
  await goto(storyPath(story));
  await rendered(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAxeViolations(page, 'shortcuts dialog');
});

test.describe(() => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('a story on a 360 px phone has no axe violations', async ({ page, goto }) => {
    await goto(storyPath(story, section));
    await rendered(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, `${storyPath(story, section)} at 360 px`);
  });
});
