// The first load: the app's name, every story of the seed digest, no console errors, nothing fetched from
// another host (the runner fails any test on a console error or a request that leaves the origin).
import { check } from '../harness/expect.ts';
import { expectText, norm, rendered, storyPath } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

test('home shows the app name and a link to every story', async ({ page, goto, corpus }) => {
  await goto('/');
  await rendered(page);
  await expect(page.getByText('Digest Explorer').first()).toBeVisible();
  for (const story of corpus.stories) {
    const link = page.locator(`a[href$="${storyPath(story)}"]`).filter({ hasText: story.title.slice(0, 20) });
    await expect(link.first(), `link to ${storyPath(story)}`).toBeVisible();
    await expect(link.first(), `link to ${storyPath(story)}`).toContainText(norm(story.title));
  }
});

test('the page has a title, a language and one main landmark', async ({ page, goto }) => {
  await goto('/');
  await rendered(page);
  await expect(page).toHaveTitle(/Digest Explorer/);
  await expect(page.locator('html'), '<html> has no lang attribute').toHaveAttribute('lang', /./);
  await expect(page.locator('main')).toHaveCount(1);
});

test('a story page shows its headline as the h1', async ({ page, goto, corpus }) => {
  const story = corpus.stories[0]!;
  await goto(storyPath(story));
  await expectText(page.locator('h1').first(), story.title, 'h1');
});

test('a section page has breadcrumbs home › story', async ({ page, goto, app, corpus }) => {
  const story = corpus.stories.find((s) => s.sections.length > 1) ?? corpus.stories[0]!;
  const section = story.sections.at(-1)!;
  await goto(storyPath(story, section));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs).toBeVisible();
  const hrefs = await crumbs
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.replace(/[?#].*$/, '')));
  check(
    hrefs.includes(app.baseUrl),
    `the breadcrumbs do not link home (${app.baseUrl}): ${hrefs.join(', ')}`,
  );
  check(
    hrefs.some((h) => app.path(h) === storyPath(story)),
    `the breadcrumbs do not link to the story ${storyPath(story)}: ${hrefs.join(', ')}`,
  );
});
