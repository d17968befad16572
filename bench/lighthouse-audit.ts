import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Lighthouse's four category scores (0–100) and the load metrics behind the performance one. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Audits that lost points in accessibility, best practices or SEO, e.g. "accessibility: color-contrast". */
  failing: string[];
}

/** The preset: Lighthouse's default (a throttled mid-range phone) or its desktop config. */
export type LighthousePreset = 'mobile' | 'desktop';

/** The parts of Lighthouse's result the bench reads. */
interface Lhr {
  categories: Record<
    string,
    { score: number | null; auditRefs?: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<string, { numericValue?: number; score?: number | null } | undefined>;
  runtimeError?: { code: string; message: string };
}
type LighthouseFn = (
  url: string,
  flags: Record<string, unknown>,
  config?: unknown,
) => Promise<{ lhr: Lhr } | undefined>;
interface Launched {
  port: number;
  kill: () => void | Promise<void>;
}
type LaunchFn = (options: { chromePath: string; chromeFlags: string[] }) => Promise<Launched>;

/** Lighthouse and chrome-launcher as installed into the bench's tools folder (not the app's dependencies). */
interface LighthouseModules {
  lighthouse: LighthouseFn;
  desktopConfig: unknown;
  launch: LaunchFn;
}

async function importFrom(toolsDir: string, file: string): Promise<Record<string, unknown>> {
  const module: unknown = await import(pathToFileURL(join(toolsDir, 'node_modules', file)).href);
  if (typeof module !== 'object' || module === null) throw new Error(`${file}: not a module`);
  return module as Record<string, unknown>;
}

async function loadLighthouse(toolsDir: string): Promise<LighthouseModules> {
  const lh = await importFrom(toolsDir, 'lighthouse/core/index.js');
  const cl = await importFrom(toolsDir, 'chrome-launcher/dist/index.js');
  if (typeof lh.default !== 'function' || typeof cl.launch !== 'function')
    throw new Error('lighthouse or chrome-launcher has an unexpected shape');
  return {
    lighthouse: lh.default as LighthouseFn,
    desktopConfig: lh.desktopConfig,
    launch: cl.launch as LaunchFn,
  };
}

/** One audit to run: a label for the report, the URL and the preset. */
export interface AuditRequest {
  label: string;
  url: string;
  preset: LighthousePreset;
}

/**
 * Audits each URL with Lighthouse (performance, accessibility, best practices, SEO) in one Chromium started by
 * chrome-launcher from `chromePath`; Lighthouse resets storage before each, so every load is cold.
 */
export async function runLighthouse(
  toolsDir: string,
  chromePath: string,
  chromeFlags: readonly string[],
  requests: readonly AuditRequest[],
  log: (message: string) => void,
  /** When given, each audit's whole Lighthouse result is written there as `<label>.json`, to look into. */
  reportDir?: string,
): Promise<Map<string, LighthouseScores | string>> {
  const { lighthouse, desktopConfig, launch } = await loadLighthouse(toolsDir);
  const chrome = await launch({ chromePath, chromeFlags: [...chromeFlags] });
  const results = new Map<string, LighthouseScores | string>();
  try {
    for (const request of requests) {
      const t0 = performance.now();
      try {
        const result = await lighthouse(
          request.url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          request.preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('no result');
        if (reportDir !== undefined) {
          mkdirSync(reportDir, { recursive: true });
          writeFileSync(
            join(reportDir, `${request.label.replace(/[^\w.-]+/g, '-')}.json`),
            JSON.stringify(result.lhr),
          );
        }
        results.set(request.label, scoresOf(result.lhr));
      } catch (err) {
        results.set(
          request.label,
          err instanceof Error ? (err.message.split('\n')[0] ?? 'error') : String(err),
        );
      }
      log(`  lighthouse ${request.label}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** The four scores as 0–100 and LCP, TBT, CLS and FCP from a Lighthouse result. */
export function scoresOf(lhr: Lhr): LighthouseScores {
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id}`),
    ),
  };
}
