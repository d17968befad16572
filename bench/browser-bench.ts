import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BrowserProfile, FilterTiming, LoadTiming } from './browser-timings.ts';
import { timeFilter, timeLoad } from './browser-timings.ts';
import { startServer } from './static-server.ts';
import type { RunningServer } from './static-server.ts';

/** Selectors the bench waits for: the app's first story headline on `/`, and a story page's headline. */
export const APP_SELECTORS = {
  home: '.story-card__title a',
  story: '#de--story-title, main h1',
  list: '.story-list',
} as const;

/** Cold loads of `/` and of a story route, and filter clicks, for one profile. */
export interface ProfileTimings {
  profile: BrowserProfile['name'];
  home: LoadTiming[];
  story: LoadTiming[];
  filter: FilterTiming | string;
}

/** Serves a built app with `vite preview` (the project's own config, so the SPA fallback matches a host's). */
export function previewApp(root: string, outDir: string): Promise<RunningServer> {
  return startServer(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', outDir],
    root,
  );
}

/**
 * Loads, `runs` times each, `/` and `storyPath` cold, then times `clicks` facet clicks on `/`, once the whole
 * corpus index is in (waiting up to `wholeTimeoutMs` for it; 0: from ready on).
 */
export async function timeApp(
  browser: Browser,
  origin: string,
  storyPath: string,
  profile: BrowserProfile,
  runs: number,
  clicks: number,
  wholeTimeoutMs = 0,
): Promise<ProfileTimings> {
  const home: LoadTiming[] = [];
  const story: LoadTiming[] = [];
  for (let i = 0; i < runs; i++) {
    home.push(await timeLoad(browser, `${origin}/`, APP_SELECTORS.home, profile));
    story.push(await timeLoad(browser, `${origin}${storyPath}`, APP_SELECTORS.story, profile));
  }
  let filter: FilterTiming | string;
  try {
    filter = await timeFilter(browser, `${origin}/`, APP_SELECTORS.list, profile, clicks, wholeTimeoutMs);
  } catch (err) {
    filter = err instanceof Error ? (err.message.split('\n')[0] ?? 'error') : String(err);
  }
  return { profile: profile.name, home, story, filter };
}

/** Cold loads of a static site's page (VitePress), waiting for its `h1`. */
export async function timeStaticPage(
  browser: Browser,
  url: string,
  profile: BrowserProfile,
  runs: number,
): Promise<LoadTiming[]> {
  const timings: LoadTiming[] = [];
  for (let i = 0; i < runs; i++) timings.push(await timeLoad(browser, url, 'h1', profile));
  return timings;
}
