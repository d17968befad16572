// Corrections: a reader renames, hides, retypes or merges an entity on its page; the change applies at once
// (page, marks, list), is kept in this browser across a reload, can be undone, and exports as corrections.json.
import { readFileSync } from 'node:fs';
import { check, expectNoAxeViolations } from '../harness/expect.ts';
import { expectText, rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories, entities } = corpusAtLoad();

// The most mentioned person, and a story whose body mentions them.
const person = entities.filter((e) => e.type === 'person').sort((a, b) => b.mentionCount - a.mentionCount)[0];
const story = person && stories.find((s) => s.paragraphEntityIds.includes(person.id));
const NEW_NAME = 'Someone Else Entirely';

if (person && story) {
  const page$ = `/entity/person/${encodeURIComponent(person.slug)}`;

  test(`renaming ${person.name} shows the new name on the entity page, in /entities and on a mention's card, after a reload too`, async ({
    page,
    goto,
  }) => {
    await goto(page$);
    // the page is prerendered: its buttons answer once it has hydrated
    await rendered(page);
    await expectText(page.locator('h1').first(), person.name, 'h1');
    await page.getByRole('button', { name: 'Rename…' }).click();
    await page.getByLabel('New name').fill(NEW_NAME);
    await page.getByRole('button', { name: 'Save name' }).click();
    await expectText(page.locator('h1').first(), NEW_NAME, 'h1 after renaming');
    await page.reload({ waitUntil: 'load' });
    await expectText(page.locator('h1').first(), NEW_NAME, 'h1 after a reload');
    await goto('/entities');
    await rendered(page);
    await expect(page.locator('main').getByRole('link', { name: NEW_NAME }).first()).toBeVisible();
    // The card of a mention in a story names the entity the new way, and links to the corrections.
    await goto(storyPath(story));
    await rendered(page);
    await page.locator(`main mark[data-entity-id="${person.id}"] button`).first().focus();
    const card = page.getByRole('group', { name: NEW_NAME });
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: 'Correct this entity' })).toBeVisible();
  });

  test(`hiding ${person.name} takes the marks out of a story, after a reload too; undo brings them back`, async ({
    page,
    goto,
  }) => {
    const marks = page.locator(`main mark[data-entity-id="${person.id}"]`);
    await goto(storyPath(story));
    await rendered(page);
    await expect(marks.first()).toBeVisible();

    await goto(page$);
    await rendered(page);
    await expectText(page.locator('h1').first(), person.name, 'h1');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(page).toHaveURL((url) => url.pathname.endsWith('/entities'));

    for (const when of ['after hiding', 'after a reload']) {
      if (when === 'after a reload') await page.reload({ waitUntil: 'load' });
      await goto(storyPath(story));
      await rendered(page);
      await expect(page.locator('main mark[data-entity-id]').first()).toBeVisible();
      check((await marks.count()) === 0, `${when}: ${await marks.count()} marks of ${person.name} are left`);
    }

    await goto('/corrections');
    await rendered(page);
    await page.getByRole('button', { name: `Undo: Hid ${person.id}` }).click();
    await expectText(page.locator('main'), 'No corrections yet', '/corrections after undo');
    await goto(storyPath(story));
    await rendered(page);
    await expect(marks.first()).toBeVisible();
  });

  test('"Export corrections.json" downloads { version: 1, corrections }', async ({ page, goto }) => {
    await goto(page$);
    await rendered(page);
    await page.getByRole('button', { name: 'Rename…' }).click();
    await page.getByLabel('New name').fill(NEW_NAME);
    await page.getByRole('button', { name: 'Save name' }).click();
    await expectText(page.locator('h1').first(), NEW_NAME, 'h1 after renaming');
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await expectNoAxeViolations(page, 'the entity page with the merge picker open');
    await goto('/corrections');
    await expect(page.getByRole('button', { name: 'Export corrections.json' })).toBeVisible();
    await expectNoAxeViolations(page, '/corrections');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export corrections.json' }).click(),
    ]);
    check(download.suggestedFilename() === 'corrections.json', `downloaded ${download.suggestedFilename()}`);
    const file: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const expected = { version: 1, corrections: [{ kind: 'rename', entityId: person.id, name: NEW_NAME }] };
    check(
      JSON.stringify(file) === JSON.stringify(expected),
      `corrections.json reads ${JSON.stringify(file)}`,
    );
    await page.getByRole('button', { name: 'Clear' }).click();
    await expectText(page.locator('main'), 'No corrections yet', '/corrections after Clear');
  });

  const other = entities
    .filter((e) => e.type === 'person' && e.id !== person.id)
    .sort((a, b) => b.mentionCount - a.mentionCount)[0];
  if (other) {
    test(`merging ${other.name} into ${person.name} lands on the survivor's page`, async ({ page, goto }) => {
      await goto(`/entity/person/${encodeURIComponent(other.slug)}`);
      // the page is prerendered: a click before it has hydrated opens no picker (seen on a loaded machine)
      await rendered(page);
      await expectText(page.locator('h1').first(), other.name, 'h1');
      await page.getByRole('button', { name: 'Merge into…' }).click();
      await page.getByLabel(`Merge ${other.name} into`).fill(person.name);
      await page.getByRole('button', { name: `Merge into ${person.name}`, exact: true }).click();
      await expect(page).toHaveURL((url) =>
        decodeURIComponent(url.pathname).endsWith(`/entity/person/${person.slug}`),
      );
      await expectText(page.locator('h1').first(), person.name, 'h1 of the survivor');
      await goto(`/entity/person/${encodeURIComponent(other.slug)}`);
      await expectText(page.locator('h1').first(), /not found/i, 'the merged entity’s old page');
    });
  }
} else {
  test('corrections', () => test.skip(true, 'the corpus names no person'));
}
