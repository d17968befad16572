import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '../tests/e2e/harness/browser.ts';
import { toolVersion } from './bench-tools.ts';
import { previewApp, timeApp, timeStaticPage } from './browser-bench.ts';
import type { ProfileTimings } from './browser-bench.ts';
import { DESKTOP, MOBILE } from './browser-timings.ts';
import { firstLoadAtScale } from './first-load-at-scale.ts';
import type { FirstLoadAtScale, ScaleDist } from './first-load-at-scale.ts';
import type { LoadTiming } from './browser-timings.ts';
import { htmlFirstLoad } from './html-first-load.ts';
import type { HtmlFirstLoad } from './html-first-load.ts';
import { runLighthouse } from './lighthouse-audit.ts';
import type { AuditRequest, LighthouseScores } from './lighthouse-audit.ts';
import { firstStoryId } from './route-first-load.ts';
import { startServer } from './static-server.ts';
import type { RunningServer } from './static-server.ts';
import { buildVitePressSite, vitePressPreviewCommand } from './vitepress-site.ts';

/** A built app to time in the browser. */
export interface AppDist {
  label: string;
  outDir: string;
  /** Also time it with the throttled mobile profile (cheap at 1×, minutes a run at 1000×). */
  mobile: boolean;
}

/** Everything the browser half of the bench measured. */
export interface BrowserResults {
  chromium: string;
  lighthouseVersion: string;
  vitepressVersion: string;
  runs: number;
  /** Every response of cold loads of `/` and a story at the seed's scale and the largest (issue #6). */
  atScale: FirstLoadAtScale | string;
  apps: { label: string; storyPath: string; timings: ProfileTimings[]; loadAverage: number[] }[];
  vitepress:
    | {
        buildSeconds: number;
        home: HtmlFirstLoad;
        story: HtmlFirstLoad;
        storyPath: string;
        desktop: LoadTiming[];
        mobile: LoadTiming[];
      }
    | string;
  /** Lighthouse results keyed "site route preset", e.g. "app story mobile". */
  lighthouse: Map<string, LighthouseScores | string>;
  lighthouseLoad: number[];
  seconds: number;
}

/** Options for `browserPhase`. */
export interface BrowserPhaseOptions {
  root: string;
  work: string;
  toolsDir: string;
  seedPath: string;
  /** The app built from `seedPath`: Lighthouse and the VitePress comparison run on it. */
  seedDist: string;
  apps: AppDist[];
  /** The builds "first load at scale" compares, smallest first (the seed's and the 1000× build). */
  atScale: ScaleDist[];
  runs: number;
  clicks: number;
  log: (message: string) => void;
  loadAverage: () => number[];
}

/** How long a page may take, after it is ready, to fetch the whole corpus index in the background. */
const WHOLE_TIMEOUT_MS = 60_000;

const errorText = (err: unknown): string =>
  err instanceof Error ? (err.message.split('\n')[0] ?? 'error') : String(err);

/**
 * Times the built apps in Chromium (cold loads of `/` and a story route, facet clicks), builds the seed as a
 * VitePress site and times its story page the same way, then runs Lighthouse on both; every server it starts
 * is stopped before it returns.
 */
export async function browserPhase(options: BrowserPhaseOptions): Promise<BrowserResults> {
  const { root, work, toolsDir, log, runs, clicks } = options;
  const started = performance.now();
  const chromePath = findBrowser();
  const servers: RunningServer[] = [];
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_ARGS });
  const results: BrowserResults = {
    chromium: browser.version(),
    lighthouseVersion: toolVersion(toolsDir, 'lighthouse') ?? '?',
    vitepressVersion: toolVersion(toolsDir, 'vitepress') ?? '?',
    runs,
    atScale: 'not run',
    apps: [],
    vitepress: 'not built',
    lighthouse: new Map(),
    lighthouseLoad: [],
    seconds: 0,
  };
  try {
    const t0 = performance.now();
    try {
      results.atScale = await firstLoadAtScale(browser, options.atScale, {
        root,
        runs: 3,
        wholeTimeoutMs: WHOLE_TIMEOUT_MS,
        log,
      });
    } catch (err) {
      results.atScale = errorText(err);
    }
    log(`  first load at scale: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    // Filter clicks wait for the whole index when the app fetches it in the background (it set the mark in the
    // loads above), so they time filtering and not that download; a build that never sets it is not waited on.
    const setsWhole =
      typeof results.atScale === 'string' || results.atScale.rows.some((r) => Number.isFinite(r.wholeMs));
    for (const app of options.apps) {
      const server = await previewApp(root, app.outDir);
      servers.push(server);
      const storyPath = `/story/${encodeURIComponent(firstStoryId(app.outDir))}`;
      const timings: ProfileTimings[] = [];
      for (const profile of app.mobile ? [DESKTOP, MOBILE] : [DESKTOP]) {
        const t0 = performance.now();
        timings.push(
          await timeApp(
            browser,
            server.origin,
            storyPath,
            profile,
            runs,
            clicks,
            setsWhole ? WHOLE_TIMEOUT_MS : 0,
          ),
        );
        log(`  browser ${app.label} ${profile.name}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
      results.apps.push({ label: app.label, storyPath, timings, loadAverage: options.loadAverage() });
      server.stop();
    }

    const siteDir = join(work, 'vitepress');
    let vitepressServer: RunningServer | null = null;
    try {
      const built = buildVitePressSite(options.seedPath, siteDir, toolsDir);
      log(
        `  vitepress build: ${Number.isNaN(built.buildSeconds) ? 'reused' : `${built.buildSeconds.toFixed(1)} s`}`,
      );
      const [command, args] = vitePressPreviewCommand(siteDir, toolsDir);
      vitepressServer = await startServer(command, args, toolsDir);
      servers.push(vitepressServer);
      const url = `${vitepressServer.origin}${built.storyPath}`;
      results.vitepress = {
        buildSeconds: built.buildSeconds,
        home: htmlFirstLoad(built.outDir, 'index.html'),
        story: htmlFirstLoad(built.outDir, built.storyPage),
        storyPath: built.storyPath,
        desktop: await timeStaticPage(browser, url, DESKTOP, runs),
        mobile: await timeStaticPage(browser, url, MOBILE, runs),
      };
    } catch (err) {
      results.vitepress = `VitePress: ${errorText(err)}`;
    }
    await browser.close();

    const appServer = await previewApp(root, options.seedDist);
    servers.push(appServer);
    const appStory = `/story/${encodeURIComponent(firstStoryId(options.seedDist))}`;
    const requests: AuditRequest[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      requests.push(
        { label: `app home ${preset}`, url: `${appServer.origin}/`, preset },
        { label: `app story ${preset}`, url: `${appServer.origin}${appStory}`, preset },
      );
      if (vitepressServer && typeof results.vitepress !== 'string')
        requests.push({
          label: `vitepress story ${preset}`,
          url: `${vitepressServer.origin}${results.vitepress.storyPath}`,
          preset,
        });
    }
    try {
      results.lighthouse = await runLighthouse(toolsDir, chromePath, CHROMIUM_ARGS, requests, log);
    } catch (err) {
      results.lighthouse = new Map([['error', errorText(err)]]);
    }
    results.lighthouseLoad = options.loadAverage();
  } finally {
    if (browser.isConnected()) await browser.close();
    for (const server of servers) server.stop();
  }
  results.seconds = (performance.now() - started) / 1000;
  return results;
}
