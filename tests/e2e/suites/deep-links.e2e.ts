// Every section of every story opens by URL on a fresh load and lands on its heading; paragraph anchors land
// on their paragraph. The app scrolls by itself: text fragments do not reach JS-rendered content.
import { expectInViewport } from '../harness/expect.ts';
import { byId, expectText, rendered, sectionHeading, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, test } from '../harness/test.ts';

for (const story of corpusAtLoad().stories) {
  test(`/story/${story.id} opens at its headline`, async ({ page, goto }) => {
    await goto(storyPath(story));
    const h1 = page.locator('h1').first();
    await expectText(h1, story.title, 'h1');
    await expectInViewport(h1, 'story h1');
  });

  for (const section of story.sections) {
    test(`/story/${story.id}/${section.id} opens at its heading`, async ({ page, goto }) => {
      await goto(storyPath(story, section));
      const heading = sectionHeading(page, section);
      const what = section.heading === null ? 'story h1 (lead section)' : `h2 of #${section.id}`;
      await expectText(heading, section.heading ?? story.title, what);
      await expectInViewport(heading, what);
    });
  }
}

// The farthest paragraph of the longest story: a jump the page has to scroll for.
const longest = [...corpusAtLoad().stories].sort(
  (a, b) =>
    b.sections.flatMap((s) => s.paragraphIds).length - a.sections.flatMap((s) => s.paragraphIds).length,
)[0]!;
const lastSection = longest.sections.filter((s) => s.paragraphIds.length).at(-1);
const farParagraph = lastSection?.paragraphIds.at(-1);

if (lastSection && farParagraph) {
  test(`/story/${longest.id}#${farParagraph} scrolls to the paragraph`, async ({ page, goto }) => {
    await goto(`${storyPath(longest)}#${farParagraph}`);
    await rendered(page);
    await expectInViewport(page.locator(`p${byId(farParagraph)}`), `paragraph #${farParagraph}`);
  });

  test(`/story/${longest.id}/${lastSection.id}#${farParagraph} scrolls to the paragraph`, async ({
    page,
    goto,
  }) => {
    await goto(`${storyPath(longest, lastSection)}#${farParagraph}`);
    await rendered(page);
    await expectInViewport(page.locator(`p${byId(farParagraph)}`), `paragraph #${farParagraph}`);
  });
}
