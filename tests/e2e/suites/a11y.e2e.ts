// axe-core on every kind of page, in the light and the dark theme: zero violations.
import { expectNoAxeViolations } from '../harness/expect.ts';
import { rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, test, type E2e } from '../harness/registry.ts';

const { stories, entities } = corpusAtLoad();
const story = stories[0]!;
const section = story.sections.find((s) => s.heading !== null) ?? story.sections[0]!;
const person = entities.filter((e) => e.type === 'person').sort((a, b) => b.mentionCount - a.mentionCount)[0];

/** A page to check: a path, or a way to reach one the corpus does not name (an entity page's URL). */
const routes: { name: string; open: (t: E2e) => Promise<void> }[] = [
  { name: 'home', open: (t) => t.goto('/') },
  { name: 'story', open: (t) => t.goto(storyPath(story)) },
  { name: 'section deep link', open: (t) => t.goto(storyPath(story, section)) },
  { name: 'not found', open: (t) => t.goto('/story/no-such-story') },
  { name: 'entities', open: (t) => t.goto('/entities') },
  {
    name: 'an entity',
    async open(t) {
      // The entity page's URL comes from the entities page itself: follow its first entity link.
      await t.goto('/entities');
      const link = t.page.locator('main a[href*="/entit"]:not([href$="/entities"])').first();
      await link.click();
      await t.page.waitForURL(/\/entit/);
    },
  },
];
if (person) {
  routes.push({
    name: `home filtered by ?person=${person.slug}`,
    open: (t) => t.goto(`/?person=${person.slug}`),
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const route of routes) {
    test(
      `${route.name} has no axe violations (${scheme})`,
      async (t) => {
        await route.open(t);
        await rendered(t.page);
        await t.page.waitForLoadState('networkidle');
        await expectNoAxeViolations(t.page, `${route.name} (${scheme}) ${t.app.path(t.page.url())}`);
      },
      { colorScheme: scheme },
    );
  }
}
