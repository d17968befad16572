/**
 * First paint on a phone, this app against VitePress, in one run: Lighthouse mobile on the seed's first story,
 * alternating (app, VitePress, app, VitePress, …) so that both see the same machine load. On a shared, loaded
 * machine only figures from the same run compare.
 *
 *   tsx bench/paint-compare.ts [dist] [runs]   (default: dist, 3 runs each; build with `npm run build` first)
 *
 * Each audit's whole Lighthouse result is kept in bench/.work/paint-reports/ to look into.
 */
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { findBrowser, CHROMIUM_ARGS } from '../tests/e2e/harness/browser.ts';
import { ensureBenchTools } from './bench-tools.ts';
import { previewApp } from './browser-bench.ts';
import { runLighthouse, type AuditRequest, type LighthouseScores } from './lighthouse-audit.ts';
import { median } from './median.ts';
import { firstStoryId } from './route-first-load.ts';
import { startServer, type RunningServer } from './static-server.ts';
import { buildVitePressSite, vitePressPreviewCommand } from './vitepress-site.ts';

/** The audits in the order they run: app and VitePress taking turns, `runs` of each. */
export function alternatingRequests(appUrl: string, vitepressUrl: string, runs: number): AuditRequest[] {
  return Array.from({ length: runs }, (_, i) => [
    { label: `app story mobile #${i + 1}`, url: appUrl, preset: 'mobile' as const },
    { label: `vitepress story mobile #${i + 1}`, url: vitepressUrl, preset: 'mobile' as const },
  ]).flat();
}

/** One line per audit and the medians per site, as Markdown table rows. */
export function paintRows(results: Map<string, LighthouseScores | string>): string[] {
  const rows = ['| audit | performance | FCP | LCP | TBT | CLS |', '| --- | --- | --- | --- | --- | --- |'];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (const [label, r] of results)
    rows.push(
      typeof r === 'string'
        ? `| ${label} | ${r} | | | | |`
        : `| ${label} | ${r.performance} | ${s(r.fcpMs)} | ${s(r.lcpMs)} | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} |`,
    );
  for (const site of ['app', 'vitepress']) {
    const mine = [...results]
      .filter(([label, r]) => label.startsWith(`${site} `) && typeof r !== 'string')
      .map(([, r]) => r as LighthouseScores);
    if (mine.length === 0) continue;
    rows.push(
      `| ${site} median of ${mine.length} | ${median(mine.map((r) => r.performance))} | ${s(median(mine.map((r) => r.fcpMs)))} | ${s(median(mine.map((r) => r.lcpMs)))} | ${Math.round(median(mine.map((r) => r.tbtMs)))} ms | ${median(mine.map((r) => r.cls)).toFixed(3)} |`,
    );
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const work = join(root, 'bench', '.work');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const runs = Number(process.argv[3] ?? 3);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const tools = ensureBenchTools(work, log);
  const built = buildVitePressSite(
    join(root, 'seeds/000_afe5c047c713dffb.txt'),
    join(work, 'vitepress'),
    tools,
  );
  const servers: RunningServer[] = [];
  try {
    const app = await previewApp(root, dist);
    servers.push(app);
    const [command, args] = vitePressPreviewCommand(join(work, 'vitepress'), tools);
    const vitepress = await startServer(command, args, tools);
    servers.push(vitepress);
    const requests = alternatingRequests(
      `${app.origin}/story/${encodeURIComponent(firstStoryId(dist))}`,
      `${vitepress.origin}${built.storyPath}`,
      runs,
    );
    const before = loadavg()[0] ?? NaN;
    const reports = join(work, 'paint-reports');
    const results = await runLighthouse(tools, findBrowser(), CHROMIUM_ARGS, requests, log, reports);
    process.stdout.write(
      `${paintRows(results).join('\n')}\n\nload average ${before.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)}\n`,
    );
  } finally {
    for (const server of servers) server.stop();
  }
}
