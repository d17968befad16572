// What a newcomer tripped over (issue #20): building an "any" filter from the facets, the shortcut help, the
// network's names and the map's edges, the phone's first screen, punctuation at a mark's edge, the line label
// on wide screens, counts that agree and say what they count, and a pasted query echoed whole.
import type { Page } from '@playwright/test';
import { check, expectNoAxeViolations } from '../harness/expect.ts';
import { byId, norm, rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';

const { stories, entities } = corpusAtLoad();
const story = stories[0]!;
const people = entities.filter((e) => e.type === 'person');
// a person only the first story names, and one it does not: no paragraph can name both
const only = people.find(
  (p) =>
    story.paragraphEntityIds.includes(p.id) &&
    stories.slice(1).every((s) => !s.paragraphEntityIds.includes(p.id)),
)!;
const elsewhere = people.find((p) => !story.paragraphEntityIds.includes(p.id))!;
const PHONE = { width: 360, height: 740 };

/** The query string that includes both people. */
const apart = `?person=${only.slug}&person=${elsewhere.slug}`;

test('under "all", a facet lists the names that would leave nothing, disabled with why, and offers "any"', async ({
  page,
  goto,
}) => {
  await goto(`/?person=${only.slug}`);
  await rendered(page);
  const panel = page.getByRole('complementary', { name: 'Filter' });
  const blocked = panel.getByRole('checkbox', { name: elsewhere.name, exact: true });
  await expect(blocked).toBeAttached();
  check(
    await blocked.isDisabled(),
    `${elsewhere.name} can be ticked under "all" though it would leave nothing`,
  );
  const describedBy = (await blocked.getAttribute('aria-describedby')) ?? '';
  const reasons = await Promise.all(describedBy.split(' ').map((id) => page.locator(byId(id)).textContent()));
  check(
    reasons.some((r) => /share no paragraph/.test(r ?? '')),
    `the disabled row is not told why: ${JSON.stringify(reasons)}`,
  );
  await expectNoAxeViolations(page, 'greyed facet rows');
  await panel.getByRole('button', { name: 'Match any selected' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('match') === 'any');
  await expect(blocked, 'still disabled under "any"').toBeEnabled();
});

test('an empty "all" result suggests "any", and one click shows the stories', async ({ page, goto }) => {
  await goto(`/${apart}`);
  await rendered(page);
  const main = page.getByRole('main');
  await expect(main.getByText('No paragraph names all of them.')).toBeVisible();
  await main.getByRole('button', { name: 'Match any of them' }).click();
  await expect
    .poll(() => main.locator('article').count(), { message: 'no story after "any"' })
    .toBeGreaterThanOrEqual(2);
});

test('the shortcut help lists n and Shift+N, the mention navigator keys', async ({ page, goto }) => {
  await goto(storyPath(story));
  await rendered(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByText('Next mention of the filtered entities')).toBeVisible();
  const keys = norm((await dialog.locator('dt').allTextContents()).join(' '));
  for (const key of ['j', 'k', ']', '[', 'n', 'Shift+N', '/', '?', 'Esc'])
    check(keys.split(' ').includes(key), `the help lacks ${key}: ${keys}`);
});

/** The boxes of the network's written names, in drawing units. */
function nameBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('.insights-node')].map((g) => {
      const text = g.querySelector('text')!;
      const b = text.getBBox();
      return { name: text.textContent, shown: getComputedStyle(text).display !== 'none', ...b };
    }),
  );
}

test('the network writes every name without overlap; the map draws every marker whole', async ({
  page,
  goto,
}) => {
  await goto('/insights');
  await rendered(page);
  await expect(page.locator('.insights-node').first()).toBeVisible();
  const boxes = await nameBoxes(page);
  const hidden = boxes.filter((b) => !b.shown).map((b) => b.name);
  check(hidden.length === 0, `${hidden.length} of ${boxes.length} names not written: ${hidden.join(', ')}`);
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        clashes.push(`${a.name} × ${b.name}`);
    }
  check(clashes.length === 0, `names overlap: ${clashes.join(', ')}`);
  const cut = await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.insights-map')!;
    const { width, height } = svg.viewBox.baseVal;
    return [...document.querySelectorAll<SVGGElement>('.insights-marker')].flatMap((g) => {
      const dot = (g.querySelector('.insights-marker__dot') ?? g) as SVGGraphicsElement;
      const b = dot.getBBox();
      return b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height
        ? [g.getAttribute('aria-label')]
        : [];
    });
  });
  check(cut.length === 0, `markers cut by the map's edge: ${cut.join('; ')}`);
});

test.describe(() => {
  test.use({ viewport: PHONE });
  test('on a phone the headline is on the first screen and paragraph links come on demand', async ({
    page,
    goto,
  }) => {
    await goto(storyPath(story));
    await rendered(page);
    const h1 = await page.locator('h1').first().boundingBox();
    check(h1 && h1.y + h1.height <= PHONE.height, `the headline ends at ${h1 && h1.y + h1.height}px`);
    check(h1 && h1.y < 300, `${h1?.y}px of controls above the headline`);
    const rows = await page
      .locator('.para__tools')
      .evaluateAll((tools) => tools.map((t) => t.getBoundingClientRect().height));
    check(
      rows.every((h) => h <= 1),
      `paragraph link rows take room: ${rows.join(', ')}`,
    );
    const first = page.locator('.para p').nth(1);
    await first.click();
    const tools = first.locator('xpath=following-sibling::div[contains(@class,"para__tools")]');
    await expect(async () => {
      const box = await tools.boundingBox();
      check(box && box.height > 10, 'a tapped paragraph shows no link row');
    }).toPass();
    await expectNoAxeViolations(page, 'story at 360 px');
  });
});

test.describe(() => {
  test.use({ viewport: PHONE });
  test('punctuation touching a mark wraps with it', async ({ page, goto }) => {
    for (const s of stories) {
      await goto(storyPath(s));
      await rendered(page);
      const split = await page
        .locator('.mention-group')
        .evaluateAll((groups) =>
          groups
            .filter((g) => new Set([...g.getClientRects()].map((r) => Math.round(r.top))).size > 1)
            .map((g) => g.textContent),
        );
      check(split.length === 0, `${s.id}: groups broken over lines: ${split.join(' | ')}`);
    }
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1350, height: 940 } });
  test('on a wide screen a targeted paragraph keeps its line label out of the outline', async ({
    page,
    goto,
  }) => {
    const section = story.sections.find((s) => s.paragraphIds.length > 0)!;
    const paragraph = section.paragraphIds[0]!;
    await goto(`${storyPath(story, section)}#${paragraph}`);
    await rendered(page);
    const label = page.locator(`.para:has(${byId(paragraph)}) .para__line`);
    await expect(label).toBeVisible();
    const [line, outline] = await Promise.all([
      label.boundingBox(),
      page.locator('.reader__outline').boundingBox(),
    ]);
    check(
      line && outline && line.x >= outline.x + outline.width,
      `"line" at ${line?.x}px, outline ends at ${outline && outline.x + outline.width}px`,
    );
  });
});

test('counts agree and say what they count', async ({ page, goto }) => {
  await goto('/');
  await rendered(page);
  const facet = page.getByRole('complementary', { name: 'Filter' }).getByRole('group', { name: /^People/ });
  await expect(facet).toBeVisible();
  const legend = norm((await facet.locator('legend').textContent()) ?? '');
  check(/paragraphs$/.test(legend), `the facet does not say what its numbers count: "${legend}"`);
  const more = facet.getByRole('button', { name: /^Show all \d+ people$/ });
  if (await more.count()) {
    const size = /\((\d+)\)/.exec(legend)?.[1];
    const all = /Show all (\d+)/.exec((await more.textContent()) ?? '')?.[1];
    check(size === all, `legend says ${size}, "Show all" says ${all}`);
  }
  // an entity's page: mentions split so the paragraph count is the facet's
  const russia = entities.find((e) => e.id === 'place:russia') ?? entities.find((e) => e.type === 'place')!;
  const row = page.getByRole('complementary', { name: 'Filter' }).locator('.facet__row', {
    has: page.getByRole('checkbox', { name: russia.name, exact: true }),
  });
  const facetCount = (await row.count())
    ? norm((await row.locator('.facet__count [aria-hidden]').textContent()) ?? '')
    : null;
  await goto(`/entity/place/${russia.slug}`);
  await rendered(page);
  const text = norm((await page.getByRole('main').textContent()) ?? '');
  const paragraphs = /in (\d+) paragraphs?/.exec(text)?.[1];
  check(paragraphs, `the entity page does not say in how many paragraphs: ${text.slice(0, 200)}`);
  if (facetCount)
    check(facetCount === paragraphs, `facet ${facetCount} paragraphs, entity page ${paragraphs}`);
  // a hidden-less empty value is no notice
  await goto('/?person=');
  await rendered(page);
  check((await page.getByText(/No person ‘’/).count()) === 0, 'an empty ?person= is reported');
});

test('a 500-character search is echoed in at most two lines', async ({ page, goto }) => {
  const long = Array.from({ length: 60 }, (_, i) => `mariupol${i}`)
    .join(' ')
    .slice(0, 500);
  await goto(`/search?q=${encodeURIComponent(long)}`);
  await rendered(page);
  const h1 = page.locator('h1').first();
  const { height, lineHeight } = await h1.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 40,
  }));
  check(height <= 2.2 * lineHeight, `the heading is ${Math.round(height / lineHeight)} lines tall`);
});
