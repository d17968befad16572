import type { Page } from 'playwright-core';

/**
 * When the page reached the app's two marks on `<html>`: `data-app="ready"` (hydrated, src/app/app-providers.tsx)
 * and `data-corpus="whole"` (the whole corpus index is in the query cache, fetched in the background after a
 * page hydrated from its slice). `ms` are `performance.now()` (from navigation start), `epoch` the page's
 * `Date.now()` at that moment, to compare with request start times; NaN until the mark is set.
 */
export interface CorpusMarks {
  readyMs: number;
  readyEpoch: number;
  wholeMs: number;
  wholeEpoch: number;
}

/**
 * An init script (a string, so tsx's helpers never reach the page) that records both marks the moment an
 * attribute changes. The prerendered HTML never carries them: the app sets them in effects.
 */
export const CORPUS_MARKS_SCRIPT = `(() => {
  const marks = { readyMs: NaN, readyEpoch: NaN, wholeMs: NaN, wholeEpoch: NaN };
  window.__corpusMarks = marks;
  const check = () => {
    const data = document.documentElement ? document.documentElement.dataset : {};
    if (data.app === 'ready' && Number.isNaN(marks.readyMs)) {
      marks.readyMs = performance.now();
      marks.readyEpoch = Date.now();
    }
    if (data.corpus === 'whole' && Number.isNaN(marks.wholeMs)) {
      marks.wholeMs = performance.now();
      marks.wholeEpoch = Date.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-app', 'data-corpus'],
  });
})();`;

/** The marks recorded so far by `CORPUS_MARKS_SCRIPT` in `page`. */
export function readCorpusMarks(page: Page): Promise<CorpusMarks> {
  return page.evaluate('({ ...window.__corpusMarks })') as Promise<CorpusMarks>;
}

/** Waits for `html[data-app="ready"]`. */
export async function waitForReady(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: timeoutMs });
}

/**
 * Waits up to `timeoutMs` for `html[data-corpus="whole"]` and returns the ms from ready to it (0 when the page
 * had the whole index by the time it was ready), or NaN when it did not appear in time.
 */
export async function waitForWhole(page: Page, timeoutMs: number): Promise<number> {
  try {
    await page.waitForSelector('html[data-corpus="whole"]', { state: 'attached', timeout: timeoutMs });
  } catch {
    return NaN;
  }
  const marks = await readCorpusMarks(page);
  return Math.max(0, marks.wholeMs - marks.readyMs);
}
