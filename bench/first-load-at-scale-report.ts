import type { Fetched, FetchedFile } from './fetched-files.ts';
import type { FirstLoadAtScale, RouteAtScale } from './first-load-at-scale.ts';
import { firstLoadGrowth, SLACK_BYTES } from './first-load-growth.ts';
import { median } from './median.ts';

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ROUTE_NAMES = { home: '`/`', story: 'story' } as const;

/** "median (best, runs)" of a list of milliseconds. */
function spread(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '—';
  return `${Math.round(median(finite))} (${Math.round(Math.min(...finite))}, ${finite.length})`;
}

function wholeCell(row: RouteAtScale): string {
  if (row.waitedMs <= 0) return '—';
  return Number.isNaN(row.wholeMs)
    ? `not set within ${Math.round(row.waitedMs / 1000)} s`
    : String(Math.round(row.wholeMs));
}

function backgroundCell(row: RouteAtScale): string {
  if (row.waitedMs <= 0) return '—';
  return `${kb(row.background.total)} (${row.background.requests})`;
}

/** "corpus/index-….json 1,102.3 KB, …": the largest files of a set, so a reader sees what grew. */
function largest(fetched: Fetched, count: number, filter: (f: FetchedFile) => boolean = () => true): string {
  const files = fetched.files.filter(filter).sort((a, b) => b.bytes - a.bytes);
  if (files.length === 0) return 'none';
  const shown = files.slice(0, count).map((f) => `\`${f.path}\` ${kb(f.bytes)} KB`);
  return files.length > count ? `${shown.join(', ')} and ${files.length - count} more` : shown.join(', ');
}

/** The one line the issue asks for: does the first load at the largest scale grow next to the smallest's? */
function growthLine(rows: readonly RouteAtScale[]): string {
  const scales = [...new Set(rows.map((r) => r.scale))];
  const small = scales[0];
  const large = scales[scales.length - 1];
  if (small === undefined || large === undefined || small === large)
    return 'Growth with the corpus: needs two scales.';
  const parts: string[] = [];
  let grows = false;
  for (const route of ['home', 'story'] as const) {
    const a = rows.find((r) => r.scale === small && r.route === route);
    const b = rows.find((r) => r.scale === large && r.route === route);
    if (!a || !b) continue;
    const g = firstLoadGrowth(a.first, b.first);
    grows ||= g.grows;
    parts.push(
      `${ROUTE_NAMES[route]} ${kb(b.first.total)} KB at ${large} vs ${kb(a.first.total)} KB at ${small} ` +
        `(${g.ratio.toFixed(1)}×, ${g.extraBytes >= 0 ? '+' : '−'}${kb(Math.abs(g.extraBytes))} KB` +
        (g.grows ? `, of which ${g.kind.toUpperCase()} +${kb(g.kindExtraBytes)} KB` : '') +
        ')',
    );
  }
  const verdict = grows
    ? '**The first load grows with the corpus**'
    : '**The first load does not grow with the corpus**';
  return `${verdict} (within 2× or ${SLACK_BYTES / 1024} KB of ${small}'s counts as not growing): ${parts.join('; ')}.`;
}

/** The "First load at scale" section of RESULTS.md. */
export function firstLoadAtScaleReport(result: FirstLoadAtScale): string[] {
  const { rows } = result;
  const waited = rows.find((r) => r.waitedMs > 0)?.waitedMs ?? 0;
  const uncompressed = rows.flatMap((r) =>
    r.first.files.filter((f) => f.bytes > 1024 && f.encoding === '').map((f) => `${r.scale} \`${f.path}\``),
  );
  const varied = rows.filter((r) => Math.max(...r.totals) - Math.min(...r.totals) > 512);
  const neverWhole = rows.filter((r) => r.waitedMs > 0 && Number.isNaN(r.wholeMs));
  const lines = [
    '## First load at scale',
    '',
    `bench/first-load-at-scale.ts: Chromium ${result.chromium} headless, desktop (1350 × 940, no throttling), each`,
    'load in a fresh context (empty cache) against `vite preview` (gzip), every response recorded: its body as sent',
    '(gzip, headers excluded; Playwright `request.sizes().responseBodySize`) counted in the first load when the',
    'request started before the app set `html[data-app="ready"]` (the page\'s hydration, src/app/app-providers.tsx),',
    'and as background when it started after ready, until `html[data-corpus="whole"]` (the whole corpus index in',
    `the cache), waited for up to ${Math.round(waited / 1000)} s. The story route is the first story of the index.`,
    `Bytes from the first of ${result.runs} cold loads per row; "ms to ready" (from navigation start) reads`,
    '"median (best, runs)". KB = 1,024 bytes.',
    '',
    '| route | corpus | requests | HTML KB | JS KB | CSS KB | JSON KB | other KB | total KB | ms to ready | background KB (requests) | ready → whole ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...(['home', 'story'] as const).flatMap((route) =>
      rows
        .filter((r) => r.route === route)
        .map((r) => {
          const b = r.first.bytes;
          return `| ${ROUTE_NAMES[route]} | ${r.scale} | ${r.first.requests} | ${kb(b.html)} | ${kb(b.js)} | ${kb(b.css)} | ${kb(b.json)} | ${kb(b.other)} | ${kb(r.first.total)} | ${spread(r.readyMs)} | ${backgroundCell(r)} | ${wholeCell(r)} |`;
        }),
    ),
    '',
    growthLine(rows),
    '',
    ...rows.map(
      (r) =>
        `- ${ROUTE_NAMES[r.route]} at ${r.scale}: JSON before ready: ${largest(r.first, 3, (f) => f.kind === 'json')}; ` +
        `background: ${r.waitedMs > 0 ? largest(r.background, 3) : 'not watched'}.`,
    ),
  ];
  if (neverWhole.length > 0)
    lines.push(
      `- \`data-corpus="whole"\` never appeared within ${Math.round(waited / 1000)} s on ${neverWhole
        .map((r) => `${ROUTE_NAMES[r.route]} at ${r.scale}`)
        .join(
          ', ',
        )}: this build does not set it; the background column is what the page fetched in that time.`,
    );
  if (varied.length > 0)
    lines.push(
      `- First-load totals varied between runs on ${varied
        .map((r) => `${ROUTE_NAMES[r.route]} at ${r.scale} (${r.totals.map(kb).join(', ')} KB)`)
        .join(
          ', ',
        )}: what the page starts when the browser is idle (the story route's code) can fall before or ` +
        'after ready.',
    );
  lines.push(
    uncompressed.length > 0
      ? `- Sent without compression (over 1 KB): ${uncompressed.join(', ')}.`
      : '- Every first-load response over 1 KB was sent gzip-compressed.',
  );
  return lines;
}
