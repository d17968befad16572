// /insights: the four sections render from the seed, a map marker and a network node are keyboard-focusable and
// put their entity in the URL's filter, a timeline link lands on its paragraph, and axe finds nothing (light, dark).
import { backgroundLuminance, check, expectInViewport, expectNoAxeViolations } from '../harness/expect.ts';
import { byId, rendered } from '../harness/pages.ts';
import { expect, test } from '../harness/test.ts';

const SECTIONS = ['Timeline', 'Money', 'Named together', 'Places on the map'];

test('the timeline, money table, network and map render from the seed', async ({ page, goto }) => {
  await goto('/insights');
  await rendered(page);
  for (const name of SECTIONS) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const dates = await page.locator('.insights-timeline__item').count();
  check(dates > 0, 'the timeline lists no date');
  const rows = await page.getByRole('region', { name: 'Money', exact: true }).locator('tbody tr').count();
  check(rows > 0, 'the money table has no row');
  const nodes = await page
    .getByRole('group', { name: 'Entities in the network' })
    .getByRole('button')
    .count();
  check(nodes > 1, `the network has ${nodes} nodes`);
  const markers = await page.getByRole('group', { name: 'Places on the map' }).getByRole('button').count();
  check(markers > 0, 'the map has no marker');
  await expect(async () => {
    const countries = await page.locator('.insights-map__country').count();
    check(countries > 100, `the map draws ${countries} countries`);
  }).toPass({ timeout: 10_000 });
});

test('a map marker takes focus from the keyboard and Enter filters by its place', async ({ page, goto }) => {
  await goto('/insights');
  await rendered(page);
  const marker = page.getByRole('group', { name: 'Places on the map' }).getByRole('button').first();
  const label = (await marker.getAttribute('aria-label')) ?? '';
  check(/, place, \d+ mentions?$/.test(label), `marker label "${label}"`);
  await marker.focus();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  check(focused === label, `focus is on "${focused}", not the marker`);
  await page.keyboard.press('Enter');
  await expect(() => {
    const params = new URL(page.url()).searchParams;
    check(params.getAll('place').length === 1, `URL ${page.url()} has no place filter`);
    check(new URL(page.url()).pathname.endsWith('/insights'), `left /insights for ${page.url()}`);
  }).toPass();
});

test('a network node is reachable with Tab and a click filters by its entity', async ({ page, goto }) => {
  await goto('/insights');
  await rendered(page);
  const group = page.getByRole('group', { name: 'Entities in the network' });
  const first = group.getByRole('button').first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  check(/^.+, (person|place|organization), \d+ mentions?$/.test(label), `node label "${label}"`);
  // the drawing follows the money table: Tab from its last link goes to the first node
  await page.getByRole('region', { name: 'Money', exact: true }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  check(reached === label, `Tab from the money table reached "${reached}", not the first node "${label}"`);
  const type = label.split(', ').at(-2) ?? '';
  await first.click();
  await expect(() => {
    const params = new URL(page.url()).searchParams;
    check(params.getAll(type).length === 1, `URL ${page.url()} has no ${type} filter`);
  }).toPass();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline', exact: true })).toBeVisible();
});

test('a timeline link lands on its paragraph', async ({ page, goto }) => {
  await goto('/insights');
  await rendered(page);
  const link = page.locator('.insights-timeline__link').last();
  const href = (await link.getAttribute('href')) ?? '';
  const hash = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
  check(hash.startsWith('p-'), `timeline link ${href} has no paragraph hash`);
  await link.click();
  await expect(page).toHaveURL((url) => url.pathname.includes('/story/'));
  await expectInViewport(page.locator(`p${byId(hash)}`), `paragraph #${hash}`, 10_000);
});

test('/insights has no axe violations, light and dark, with the tables shown', async ({ page, goto }) => {
  // Two whole axe passes over a long page: 52 s seen at a load average of 25 on 2 cores, near the 60 s default.
  test.setTimeout(120_000);
  await goto('/insights');
  await rendered(page);
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page, '/insights (light)');
  const toggles = page.getByRole('button', { name: /^Show as table/ });
  // each click renames its button ("Hide table"), so always the first still showing
  for (let n = await toggles.count(); n > 0; n--) await toggles.first().click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => backgroundLuminance(page), { message: 'the page did not turn dark' })
    .toBeLessThan(0.2);
  await expectNoAxeViolations(page, '/insights (dark, tables shown)');
});
