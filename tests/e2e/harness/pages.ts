import { expect, type Locator, type Page } from '@playwright/test';
import type { E2eSection, E2eStory } from './corpus.ts';

/** A CSS selector for an element id that may hold any character (slugs keep letters of every script). */
export const byId = (id: string): string => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

/** App path of a story, or of one of its sections. */
export const storyPath = (story: E2eStory, section?: E2eSection): string =>
  section
    ? `/story/${encodeURIComponent(story.id)}/${encodeURIComponent(section.id)}`
    : `/story/${encodeURIComponent(story.id)}`;

/** The heading a section deep link lands on: the story's `h1` for the lead section, else the section's `h2`. */
export const sectionHeading = (page: Page, section: E2eSection): Locator =>
  section.heading === null
    ? page.locator('h1').first()
    : page.locator(`section${byId(section.id)} h2`).first();

/**
 * Waits until the app has rendered the route: its main heading is visible and the app has committed in the
 * browser (a prerendered page shows its heading before its script has hydrated it and bound the shortcuts).
 */
export async function rendered(page: Page): Promise<void> {
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
  await expect(page.locator('h1').first()).toBeVisible();
}

/** Collapses whitespace, for comparing text that the DOM may wrap differently. */
export const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Waits until the element's text (whitespace collapsed) matches: a route may show a loading view first. */
export async function expectText(locator: Locator, expected: string | RegExp, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  // A string is matched with whitespace collapsed on both sides by toContainText itself; a pattern is
  // matched against the collapsed text, as a reader sees it.
  if (typeof expected === 'string') await expect(locator, what).toContainText(norm(expected));
  else
    await expect
      .poll(async () => norm((await locator.textContent()) ?? ''), { message: what })
      .toMatch(expected);
}
