// Searching: the query goes into the URL, results link into the stories, and a result lands on its hit.
import { check, eventually, expectInViewport } from '../harness/expect.ts';
import { byId, rendered, sectionHeading, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, test } from '../harness/registry.ts';

// A sub-heading of the corpus is a query with a known answer: the story it heads.
const story = corpusAtLoad().stories.find((s) => s.sections.some((sec) => sec.heading !== null));
const section = story?.sections.find((sec) => sec.heading !== null);

if (story && section && section.heading) {
  const query = section.heading;

  test(`searching "${query}" lists its story, and the result opens at the hit`, async ({
    page,
    goto,
    app,
  }) => {
    await goto('/');
    await rendered(page);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await eventually(() => {
      const q = new URL(page.url()).searchParams.get('q');
      check(
        q === query,
        `after Enter: q=${JSON.stringify(q)} in ${app.path(page.url())}, expected ${JSON.stringify(query)}`,
      );
    });
    const result = page.locator(`main a[href*="${storyPath(story)}"]`).first();
    await result.waitFor({ state: 'visible' });
    await result.click();
    await eventually(() =>
      check(app.path(page.url()).startsWith(storyPath(story)), `the result opened ${app.path(page.url())}`),
    );
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const path = app.path(page.url()).replace(/[?#].*$/, '');
    const landing = hash
      ? page.locator(`p${byId(hash)}`)
      : path === storyPath(story, section)
        ? sectionHeading(page, section)
        : page.locator('h1').first();
    await expectInViewport(landing, `the hit (${hash ? `#${hash}` : path})`);
  });

  test(`a fresh load of /?q= lists the story for "${query}"`, async ({ page, goto }) => {
    await goto(`/?q=${encodeURIComponent(query)}`);
    await rendered(page);
    await page
      .locator(`main a[href*="${storyPath(story)}"]`)
      .first()
      .waitFor({ state: 'visible' });
    const box = page.getByRole('search').getByRole('searchbox');
    check(
      (await box.inputValue()) === query,
      `the search box shows "${await box.inputValue()}", not the query`,
    );
  });
} else {
  test.skip('search', 'the corpus has no sub-heading to search for', async () => {});
}
