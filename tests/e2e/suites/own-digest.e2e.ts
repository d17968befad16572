// A digest of the reader's own: picked on /my-digests, read in a worker, kept in IndexedDB. It joins the story
// list, opens with its mentions marked, answers the entity filter, survives a reload and goes with "Remove".
// Each test has a fresh browser context, so each adds the digest itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { check, expectNoAxeViolations } from '../harness/expect.ts';
import { expectText, rendered } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

const DIGEST = `Geothermal plant opens near Reykjavik

Engineers in Reykjavik switched on a new geothermal plant on Monday, the Icelandic energy agency said.

The plant will heat homes across Iceland, Prime Minister Bjarni Benediktsson said at the opening.
`;
const HEADLINE = 'Geothermal plant opens near Reykjavik';
const PERSON = { id: 'person:bjarni-benediktsson', name: 'Bjarni Benediktsson' };

const folder = mkdtempSync(join(tmpdir(), 'own-digest-'));
const digestFile = join(folder, 'iceland.txt');
writeFileSync(digestFile, DIGEST);
const binaryFile = join(folder, 'broken.txt');
writeFileSync(binaryFile, Buffer.from('A headline\n\nA line\nthen a NUL \u0000 here\n', 'utf8'));

/** Adds the digest on /my-digests and waits until the page says so. */
async function addDigest(page: Page, goto: (path: string) => Promise<void>): Promise<void> {
  await goto('/my-digests');
  await expectText(page.locator('h1').first(), 'Your digests', 'h1');
  await page.getByLabel('Choose a digest (.txt)').setInputFiles(digestFile);
  await expectText(page.locator('main').getByRole('status'), 'Added iceland.txt: 1 story', 'status');
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
}

/** The story links in the main column, as paths. */
const storyLinks = (page: Page) =>
  page
    .locator('main a[href*="/story/"]')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)),
    );

test('a picked digest joins the story list, opens with its mentions marked and answers the filter', async ({
  page,
  goto,
  app,
}) => {
  await addDigest(page, goto);
  check(
    (await page.getByText('only in this browser').count()) > 0,
    'the page does not say links open only in this browser',
  );
  await expectNoAxeViolations(page, '/my-digests with a digest');

  await goto('/');
  await rendered(page);
  const headline = page.locator('main').getByRole('link', { name: HEADLINE });
  await expect(headline.first()).toBeVisible();
  await headline.first().click();
  await expectText(page.locator('h1').first(), HEADLINE, 'story h1');
  const storyUrl = app.path(page.url());
  check(
    /\/story\/local-[0-9a-f]{12}--/.test(storyUrl),
    `the story's URL ${storyUrl} is not namespaced local-<hash>--`,
  );
  await expect(page.locator(`main mark[data-entity-id="${PERSON.id}"]`).first()).toBeVisible();
  await expect(page.locator('main mark[data-entity-id^="place:"]').first()).toBeVisible();

  await goto('/');
  await rendered(page);
  const panel = page.getByRole('complementary', { name: 'Filter' });
  await panel.getByRole('searchbox', { name: 'Find in the facets' }).fill(PERSON.name);
  await panel.getByRole('checkbox', { name: PERSON.name, exact: true }).click(); // the box follows the URL (ticked once the navigation commits): check() would read it too early
  await expect(async () => {
    const links = [...new Set(await storyLinks(page))].filter((href) => !href.includes('#'));
    check(
      links.length > 0 && links.every((href) => /\/story\/local-[0-9a-f]{12}--/.test(href)),
      `filtered by ${PERSON.name}, the list links to ${JSON.stringify(links)}`,
    );
  }).toPass();
});

test('a kept digest survives a reload, and "Remove" takes it out of the explorer', async ({ page, goto }) => {
  await addDigest(page, goto);
  await page.reload({ waitUntil: 'load' });
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();

  await goto('/');
  await rendered(page);
  await expect(page.locator('main').getByRole('link', { name: HEADLINE }).first()).toBeVisible();

  await goto('/my-digests');
  await page.getByRole('button', { name: 'Remove iceland.txt' }).click();
  await expectText(page.locator('main'), 'No digests of your own yet', 'the list after Remove');

  await goto('/');
  await rendered(page);
  await expect(page.locator('main a[href*="/story/"]').first()).toBeVisible();
  check(
    (await page.locator('main').getByRole('link', { name: HEADLINE }).count()) === 0,
    'the removed digest is still listed on /',
  );
});

test('a link to a local story in a browser that does not keep it explains why it is not found', async ({
  page,
  goto,
}) => {
  await goto('/story/local-0123456789ab--geothermal-plant-opens-near-reykjavik');
  await expectText(page.locator('h1').first(), /not found/i, 'h1');
  await expectText(page.locator('main'), 'kept only in the browser that read them', 'the explanation');
});

test('a file that is not text is refused with FILE:LINE: reason', async ({ page, goto }) => {
  await goto('/my-digests');
  await page.getByLabel('Choose a digest (.txt)').setInputFiles(binaryFile);
  await expectText(page.getByRole('alert'), /broken\.txt:4: binary data/, 'the error');
});
