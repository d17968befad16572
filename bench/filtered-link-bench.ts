/**
 * A shared filtered link opened cold in Chromium: `/?person=<slug>` (the person whose paragraphs span the
 * most stories) and `/story/<slug>?place=<slug>` (the place in the most stories that has a slice, on its first
 * story), each counted from the navigation to the filtered page up (the filter's status or the story, and the
 * filter panel's facets with their counts). Each link twice: in pieces (the entity's slice), and through the
 * whole index (as every filtered link loaded it before; here by the hint of a reader with digests of their own).
 * `tsx bench/filtered-link-bench.ts [dist folder] [label]` prints the section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ENTITY_SLICE_MAX_STORIES } from '../src/core/bundle/slices/entity-slices.ts';
import type { CorpusIndex } from '../src/core/schema.ts';
import { findBrowser, CHROMIUM_ARGS } from '../tests/e2e/harness/browser.ts';
import { previewApp } from './browser-bench.ts';

type BytesKind = 'corpus index' | 'other JSON' | 'JS, HTML, CSS';

function bytesKind(url: string): BytesKind {
  const { pathname } = new URL(url);
  if (/\/corpus\/index-/.test(pathname)) return 'corpus index';
  return pathname.endsWith('.json') ? 'other JSON' : 'JS, HTML, CSS';
}

/** The two links for the built corpus in `outDir`. */
function pickLinks(outDir: string): string[] {
  const corpus = join(outDir, 'corpus');
  const file = readdirSync(corpus).find((f) => /^index-[0-9a-f]+\.json$/.test(f));
  const index = JSON.parse(readFileSync(join(corpus, file ?? ''), 'utf8')) as CorpusIndex;
  const stories = new Map<number, string[]>();
  for (const story of index.stories)
    for (const e of new Set(story.paragraphEntities.flat()))
      stories.set(e, [...(stories.get(e) ?? []), story.id]);
  const top = (type: string) =>
    [...stories]
      .filter(([e, ids]) => index.entities[e]?.type === type && ids.length <= ENTITY_SLICE_MAX_STORIES)
      .sort((a, b) => b[1].length - a[1].length)[0];
  const slug = (e: number) => encodeURIComponent(index.entities[e]!.id.split(':').slice(1).join(':'));
  const [person] = top('person') ?? [];
  const [place, placeStories] = top('place') ?? [];
  const links: string[] = [];
  if (person !== undefined) links.push(`/?person=${slug(person)}`);
  if (place !== undefined) links.push(`/story/${encodeURIComponent(placeStories![0]!)}?place=${slug(place)}`);
  return links;
}

interface LinkResult {
  link: string;
  way: string;
  ms: number;
  bytes: Record<BytesKind, number>;
  requests: number;
}

async function openLink(browser: Browser, origin: string, link: string, whole: boolean): Promise<LinkResult> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  if (whole)
    await context.addInitScript(() => localStorage.setItem('digest-explorer:has-local-digests', '1'));
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${link}`, { waitUntil: 'commit', timeout: 120_000 });
    // the moment the filtered page is up, seen by the page itself at every frame: the whole index, prefetched
    // once the page is idle, starts after it and must not count
    await page.waitForFunction(
      () => {
        const shown =
          document.documentElement.dataset.app === 'ready' &&
          document.querySelector('.filter-panel .facet') !== null &&
          (location.pathname.startsWith('/story/') || document.querySelector('.filter-status') !== null);
        const probe = window as unknown as { __shown?: number };
        if (shown) probe.__shown ??= performance.now();
        if (shown)
          (probe as { facets?: boolean }).facets ??= document.querySelector('.filter-panel .facet') !== null;
        return shown;
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    await page.waitForTimeout(300);
    // bytes as sent (the body's encoded size) of the page and of every request started before it was up
    const fetched = await page.evaluate(() => {
      const shownAt = (window as unknown as { __shown: number }).__shown;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.startTime <= shownAt,
      );
      return {
        ms: shownAt,
        files: [nav, ...resources].map((r) => ({ url: r.name, bytes: r.encodedBodySize })),
      };
    });
    const bytes: Record<BytesKind, number> = { 'corpus index': 0, 'other JSON': 0, 'JS, HTML, CSS': 0 };
    for (const file of fetched.files) bytes[bytesKind(file.url)] += file.bytes;
    const ms = Math.round(fetched.ms);
    const requests = fetched.files.length;
    return { link, way: whole ? 'whole index (before)' : 'in pieces', ms, bytes, requests };
  } finally {
    await context.close();
  }
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/** The Markdown table for the app built in `outDir`. */
export async function filteredLinkSection(root: string, outDir: string, label: string): Promise<string> {
  const links = pickLinks(outDir);
  const server = await previewApp(root, outDir);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows: LinkResult[] = [];
  try {
    for (const link of links)
      for (const whole of [true, false]) rows.push(await openLink(browser, server.origin, link, whole));
  } finally {
    await browser.close();
    server.stop();
  }
  return [
    `| ${label} link | way | bytes before the filtered page | corpus index | other JSON | JS, HTML, CSS | requests | ms (desktop) |`,
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| \`${decodeURIComponent(r.link).slice(0, 60)}\` | ${r.way} | ${kb(r.bytes['corpus index'] + r.bytes['other JSON'] + r.bytes['JS, HTML, CSS'])} | ${kb(r.bytes['corpus index'])} | ${kb(r.bytes['other JSON'])} | ${kb(r.bytes['JS, HTML, CSS'])} | ${r.requests} | ${r.ms.toLocaleString('en')} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  console.log(
    await filteredLinkSection(root, process.argv[2] ?? join(root, 'dist'), process.argv[3] ?? 'seed'),
  );
}
