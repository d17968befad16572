// Filtering by a person: from the facet, from a fresh URL, on the entity's own page. The URL is the state, and
// the stories shown are the ones the corpus index says mention the person.
import type { Page } from '@playwright/test';
import type { E2eEntity } from '../harness/corpus.ts';
import { check } from '../harness/expect.ts';
import { expectText, rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories, entities } = corpusAtLoad();

/** Stories whose body paragraphs mention the entity, by the index. */
const storiesMentioning = (entity: E2eEntity) =>
  stories.filter((s) => s.paragraphEntityIds.includes(entity.id));

// The most mentioned person who is in some stories but not all, so a filter visibly narrows the list.
const person = entities
  .filter((e) => e.type === 'person')
  .sort((a, b) => b.mentionCount - a.mentionCount)
  .find((e) => {
    const n = storiesMentioning(e).length;
    return n > 0 && n < stories.length;
  });

/** Fails unless the main column links to exactly the stories that mention `entity`. */
async function expectStoriesFor(page: Page, entity: E2eEntity, where: string): Promise<void> {
  const expected = storiesMentioning(entity).map((s) => s.id);
  await expect(async () => {
    const hrefs = await page
      .locator('main a[href*="/story/"]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const listed = stories.filter((s) =>
      hrefs.some((h) => h.endsWith(storyPath(s)) || h.includes(`${storyPath(s)}/`)),
    );
    const ids = listed.map((s) => s.id);
    const missing = expected.filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !expected.includes(id));
    check(
      missing.length === 0 && extra.length === 0,
      `${where}: filtered by ${entity.name}, missing ${JSON.stringify(missing)}, not expected ${JSON.stringify(extra)}`,
    );
  }).toPass();
}

if (person) {
  const query = `?person=${encodeURIComponent(person.slug)}`;

  test(`ticking ${person.name} in the filter puts person=${person.slug} in the URL and narrows the stories`, async ({
    page,
    goto,
    app,
  }) => {
    await goto('/');
    await rendered(page);
    const panel = page.getByRole('complementary', { name: 'Filter' });
    await panel.getByRole('searchbox', { name: 'Find in the facets' }).fill(person.name);
    await panel.getByRole('checkbox', { name: person.name, exact: true }).click(); // the box follows the URL (ticked once the navigation commits): check() would read it too early
    await expect(() => {
      const params = new URL(page.url()).searchParams;
      check(
        params.getAll('person').includes(person.slug),
        `URL ${app.path(page.url())} has no person=${person.slug}`,
      );
    }).toPass();
    await expectStoriesFor(page, person, 'after ticking the facet');
    await expect(
      panel.getByRole('checkbox', { name: person.name, exact: true }),
      `the ${person.name} checkbox is not ticked after the click`,
    ).toBeChecked();
  });

  test(`a fresh load of /${query} shows only the stories that mention ${person.name}`, async ({
    page,
    goto,
  }) => {
    await goto(`/${query}`);
    await rendered(page);
    await expectStoriesFor(page, person, `/${query}`);
    const box = page
      .getByRole('complementary', { name: 'Filter' })
      .getByRole('checkbox', { name: person.name, exact: true });
    check(await box.isChecked(), `the ${person.name} checkbox is not ticked on /${query}`);
  });

  test(`a story filtered by ${person.name} marks the mentions`, async ({ page, goto }) => {
    const story = storiesMentioning(person)[0]!;
    await goto(`${storyPath(story)}${query}`);
    await rendered(page);
    const marks = page.locator(`main mark[data-entity-id="${person.id}"]`);
    await expect(marks.first()).toBeVisible();
  });

  test(`/entity/person/${person.slug} names ${person.name} and links to the stories`, async ({
    page,
    goto,
  }) => {
    await goto(`/entity/person/${person.slug}`);
    await expectText(page.locator('h1').first(), person.name, 'h1');
    await expectStoriesFor(page, person, `/entity/person/${person.slug}`);
  });
} else {
  test('filter by a person', () => test.skip(true, 'no person is mentioned in some stories but not all'));
}

test('/entity/person/no-such-person says "not found"', async ({ page, goto }) => {
  await goto('/entity/person/no-such-person');
  await expectText(page.locator('h1').first(), /not found/i, 'h1');
});

test('/entities lists the people, places and organizations with links to their pages', async ({
  page,
  goto,
}) => {
  await goto('/entities');
  await rendered(page);
  for (const type of ['person', 'place', 'organization'] as const) {
    const top = entities.filter((e) => e.type === type).sort((a, b) => b.mentionCount - a.mentionCount)[0];
    if (!top) continue;
    await expect(
      page.locator(`main a[href*="/entity/${type}/${encodeURIComponent(top.slug)}"]`).first(),
    ).toBeVisible();
  }
});
