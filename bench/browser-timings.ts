import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CORPUS_MARKS_SCRIPT, waitForReady, waitForWhole } from './corpus-marks.ts';
import { median } from './median.ts';

/** How the page is shown: a desktop window, or a phone with Lighthouse's mobile throttling. */
export interface BrowserProfile {
  name: 'desktop' | 'mobile';
  viewport: { width: number; height: number };
  /** CPU slowdown (Chromium's `Emulation.setCPUThrottlingRate`); 1 = none. */
  cpuSlowdown: number;
  /** Network as Lighthouse's "slow 4G": round trip ms and download / upload bytes per second; null = none. */
  network: { latencyMs: number; downBps: number; upBps: number } | null;
}

export const DESKTOP: BrowserProfile = {
  name: 'desktop',
  viewport: { width: 1350, height: 940 },
  cpuSlowdown: 1,
  network: null,
};

export const MOBILE: BrowserProfile = {
  name: 'mobile',
  viewport: { width: 412, height: 823 },
  cpuSlowdown: 4,
  network: { latencyMs: 150, downBps: (1.6e6 * 0.9) / 8, upBps: (750e3 * 0.9) / 8 },
};

/** One cold load: when the awaited element was first painted, and the largest contentful paint, in ms. */
export interface LoadTiming {
  headlineMs: number;
  lcpMs: number;
}

/** Milliseconds from the click on a facet checkbox to the updated story list painted. */
export interface FilterTiming {
  tick: number[];
  untick: number[];
  /**
   * Before the first click, the wait for the whole corpus index (`html[data-corpus="whole"]`), fetched in the
   * background after the page hydrated from its slice: ms from ready to it (NaN: not within `waitedMs`);
   * `waitedMs` 0 when the clicks did not wait for it.
   */
  whole: { ms: number; waitedMs: number };
}

/** Median of a list of numbers, rounded, or NaN. */
export const medianMs = (values: readonly number[]): number => Math.round(median(values));

/**
 * Runs in the page before any of its scripts: records when `selector` first matches (after two animation
 * frames, i.e. once that frame has been painted) and the latest largest-contentful-paint entry.
 */
function installProbes(selector: string): void {
  const w = window as unknown as { __bench: { headline: number; lcp: number } };
  w.__bench = { headline: NaN, lcp: NaN };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (w.__bench.headline = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openPage(browser: Browser, profile: BrowserProfile): Promise<[BrowserContext, Page]> {
  // A fresh context has an empty cache: every load is cold.
  const context = await browser.newContext({
    viewport: profile.viewport,
    isMobile: profile.name === 'mobile',
    hasTouch: profile.name === 'mobile',
  });
  // tsx names inner functions with `__name(…)`; the page has no such helper, so evaluated code gets one.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpuSlowdown > 1)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: profile.network.downBps,
      uploadThroughput: profile.network.upBps,
    });
  }
  return [context, page];
}

/** Loads `url` cold in a new context and returns when `selector` was painted and the LCP. */
export async function timeLoad(
  browser: Browser,
  url: string,
  selector: string,
  profile: BrowserProfile,
): Promise<LoadTiming> {
  const [context, page] = await openPage(browser, profile);
  try {
    await page.addInitScript(installProbes, selector);
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(
      () => !Number.isNaN((window as unknown as { __bench: { headline: number } }).__bench.headline),
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    // LCP entries stop at the first input; give the last candidate a moment to be reported.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const b = (window as unknown as { __bench: { headline: number; lcp: number } }).__bench;
      return { headlineMs: b.headline, lcpMs: b.lcp };
    });
  } finally {
    await context.close();
  }
}

/**
 * Loads `url`, then `clicks` times ticks or unticks the first checkbox of the filter panel's first facet,
 * timing in the page from just before the click to two animation frames after the story list changed. With
 * `wholeTimeoutMs`, first waits up to that long for the whole corpus index, so the clicks time filtering and
 * not its background download; without it (or when it does not come) the clicks start once the page is ready.
 */
export async function timeFilter(
  browser: Browser,
  url: string,
  listSelector: string,
  profile: BrowserProfile,
  clicks: number,
  wholeTimeoutMs = 0,
): Promise<FilterTiming> {
  const [context, page] = await openPage(browser, profile);
  try {
    await page.addInitScript({ content: CORPUS_MARKS_SCRIPT });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const box = 'aside[aria-label="Filter"] .facet__list input[type="checkbox"]';
    await page.waitForSelector(box, { timeout: 120_000, state: 'attached' });
    await page.waitForSelector(listSelector, { timeout: 120_000, state: 'attached' });
    // A prerendered page shows its checkboxes before hydration makes them work: wait for the app's mark.
    await waitForReady(page);
    const wholeMs = wholeTimeoutMs > 0 ? await waitForWhole(page, wholeTimeoutMs) : NaN;
    const timing: FilterTiming = { tick: [], untick: [], whole: { ms: wholeMs, waitedMs: wholeTimeoutMs } };
    for (let i = 0; i < clicks; i++) {
      const ms = await page.evaluate(clickAndWait, { box, list: listSelector });
      (i % 2 === 0 ? timing.tick : timing.untick).push(ms);
      await page.waitForTimeout(100);
    }
    return timing;
  } finally {
    await context.close();
  }
}

/** In the page: click the checkbox and resolve with the ms until the list's content changed and was painted. */
function clickAndWait({ box, list }: { box: string; list: string }): Promise<number> {
  const signature = (): string => {
    const element = document.querySelector(list);
    return `${element?.childElementCount ?? -1}|${element?.querySelectorAll('article').length ?? -1}|${
      element?.firstElementChild?.textContent ?? ''
    }`;
  };
  const input = document.querySelector<HTMLInputElement>(box);
  if (!input) return Promise.resolve(NaN);
  const before = signature();
  return new Promise((resolve) => {
    const t0 = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(NaN);
    }, 20_000);
    const observer = new MutationObserver(() => {
      if (signature() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    input.click();
  });
}
