import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Logger, type Plugin, type Rolldown } from 'vite';
import type { CorpusIndex } from '../core/schema.ts';
import type { ChunkInfo } from './prerender-assets.ts';
import { routeAssets } from './prerender-assets.ts';
import { withCorpusFetch } from './prerender-fetch.ts';
import { injectPrerendered } from './prerender-html.ts';
import { pageSizeGuard } from './page-size-guard.ts';
import { SHELL_FILE } from './prerender-preview.ts';
import { planPrerender, prerenderFile, type PrerenderRoute } from './prerender-routes.ts';
import { sliceUrl } from '../core/bundle/slices/slice-url.ts';

/** Where the corpus plugin put the corpus in this build (what `virtual:corpus-manifest` says). */
export interface CorpusFiles {
  indexUrl: string;
  searchUrl: string;
  version: string;
  /** Whether it holds slices for pages to load; found in dist/ when not given. */
  slices?: boolean;
}

/** What the prerender needs from the client build. */
export interface PrerenderSiteOptions {
  root: string;
  base: string;
  mode: string;
  distDir: string;
  chunks: ChunkInfo[];
  corpus: CorpusFiles;
  logger: Logger;
  /** At most this many pages are rendered (see `planPrerender` for which); the app shell serves the rest. */
  maxPages: number;
  /**
   * A page whose HTML is larger than this is not written: the app shell (and the corpus JSON) is then the
   * cheaper first load. At 1000× the seed `/insights` lists every amount and date: 30 MB of HTML.
   */
  maxPageBytes: number;
  /** Pages rendered at once: rendering is CPU-bound, this only overlaps reading and writing files. */
  concurrency: number;
}

/** The server entry's exports (src/app/render-route.tsx). */
interface RenderModule {
  loadCorpusIndex(): Promise<CorpusIndex>;
  renderRoute(path: string, index: CorpusIndex): Promise<{ html: string; title: string }>;
}

/**
 * Renders every listed route of the built site to static HTML in `distDir` (`story/x/index.html` …) and keeps
 * the un-rendered app shell as 404.html, the page for every other URL. A route that fails to render fails the
 * build with its path in the message.
 */
export async function prerenderSite(options: PrerenderSiteOptions): Promise<void> {
  const started = performance.now();
  const { distDir, base, logger, corpus } = options;
  const shellSource = await readFile(join(distDir, 'index.html'), 'utf8');
  if (shellSource.includes('data-prerendered='))
    throw new Error('prerender: dist/index.html is already rendered');
  const shell = injectPrerendered(shellSource, {
    html: '',
    marker: null,
    title: null,
    description: null,
    modules: [],
    stylesheets: [],
    // No corpus preload: the shell answers every URL not rendered, and what each needs differs (a story's
    // slice, or the whole index for a filter); preloading the whole index would make them all pay for it.
    data: [],
  });
  await writeFile(join(distDir, SHELL_FILE), shell);

  // the corpus plugin wrote slices (src/core/bundle/slices/slices-pay.ts) when the index is large enough
  const slices = await access(join(distDir, sliceUrl.facets(corpus.version))).then(
    () => true,
    () => false,
  );
  const render = await buildRenderModule({ ...options, corpus: { ...corpus, slices } });
  try {
    await withCorpusFetch(distDir, base, async () => {
      const index = await render.module.loadCorpusIndex();
      const { routes, skipped } = planPrerender(index, corpus.indexUrl, options.maxPages, slices);
      let bytes = 0;
      let written = 0;
      const tooLarge: string[] = [];
      const guard = pageSizeGuard(options.maxPageBytes);
      let repeats = 0;
      await forEachLimited(routes, options.concurrency, async (route) => {
        if (guard.skips(route)) {
          repeats++;
          return;
        }
        const html = await renderPage(render.module, index, route, shellSource, options);
        const size = Buffer.byteLength(html);
        if (!guard.fits(route, size)) {
          tooLarge.push(`${route.path} (${(size / 1e6).toFixed(1)} MB)`);
          return;
        }
        const file = join(distDir, prerenderFile(route.path));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, html);
        bytes += size;
        written++;
      });
      if (tooLarge.length > 0)
        logger.warn(
          `prerender: over ${(options.maxPageBytes / 1e6).toFixed(1)} MB, left to the app shell: ${tooLarge.join(', ')}` +
            (repeats > 0 ? `; and, not rendered, ${repeats} section pages of those stories` : ''),
        );
      const left = Object.entries(skipped)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`);
      logger.info(
        `prerender: ${written} pages, ${(bytes / 1e6).toFixed(1)} MB of HTML, in ${((performance.now() - started) / 1000).toFixed(1)} s` +
          (left.length
            ? `; over the ${options.maxPages}-page budget, left to the app shell: ${left.join(', ')}`
            : ''),
      );
    });
  } finally {
    await rm(render.dir, { recursive: true, force: true });
  }
}

async function renderPage(
  module: RenderModule,
  index: CorpusIndex,
  route: PrerenderRoute,
  shell: string,
  { base, chunks }: PrerenderSiteOptions,
): Promise<string> {
  try {
    const { html, title } = await module.renderRoute(route.path, index);
    const assets = routeAssets(chunks, route.module, base);
    return injectPrerendered(shell, {
      html,
      marker: base.replace(/\/$/, '') + route.path,
      title,
      description: route.description,
      modules: assets.modules,
      stylesheets: assets.stylesheets,
      data: route.data.map((url) => base + url),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`prerender: ${route.path} failed to render: ${reason}`, { cause: error });
  }
}

/**
 * Bundles src/app/render-route.tsx for Node into a folder under node_modules/.cache (inside the project, so
 * its bare imports of React and the router resolve), with the corpus manifest of this build, and imports it.
 */
async function buildRenderModule(
  options: PrerenderSiteOptions,
): Promise<{ dir: string; module: RenderModule }> {
  const dir = resolve(options.root, 'node_modules/.cache', `prerender-${process.pid}-${Date.now()}`);
  const output = await build({
    configFile: false,
    root: options.root,
    base: options.base,
    mode: options.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: [react(), corpusManifestModule(options.corpus)],
    build: {
      ssr: resolve(options.root, 'src/app/render-route.tsx'),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      // The render needs no stylesheets; the client build links them.
      cssCodeSplit: false,
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const entry = outputs
    .flatMap((o) => ('output' in o ? (o as Rolldown.RolldownOutput).output : []))
    .find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('prerender: the server build produced no entry');
  const module = (await import(pathToFileURL(join(dir, entry.fileName)).href)) as RenderModule;
  return { dir, module };
}

/** `virtual:corpus-manifest` for the server build: the same values the client build got from the corpus plugin. */
function corpusManifestModule(corpus: CorpusFiles): Plugin {
  const id = 'virtual:corpus-manifest';
  return {
    name: 'prerender-corpus-manifest',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (source) =>
      source === `\0${id}`
        ? Object.entries(corpus)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : null,
  };
}

/** Runs `task` on every item, at most `limit` at a time; the first failure stops new tasks and is thrown. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
