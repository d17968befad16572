import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ChunkInfo } from './prerender-assets.ts';
import { prerenderPreviewMiddleware } from './prerender-preview.ts';
import { prerenderSite, type CorpusFiles } from './prerender-site.ts';

/** Options for `prerenderPlugin`. */
export interface PrerenderPluginOptions {
  /**
   * At most this many pages are rendered: home and the top-level pages, the first story of each digest, then
   * the other stories, sections and entities in that order; the app shell serves the rest. Each page costs
   * about 15 ms of CPU and 40 KB at 1000× the seed (885 digests), so the default of 1,000 renders every
   * digest's first story there and keeps the HTML near 40 MB (it was 2,000 pages, 78 MB: as much as the text
   * eight times over). `PRERENDER_MAX_PAGES` overrides it; 0 turns prerendering off.
   */
  maxPages?: number;
  /** A page whose HTML would be larger is left to the app shell (default 2 MB). */
  maxPageBytes?: number;
  concurrency?: number;
}

/**
 * After the client build is written, renders every route to static HTML (src/build/prerender-site.ts) so the
 * first paint needs no JavaScript and no data request; in `vite preview`, serves those pages by path and the
 * app shell for every other URL.
 */
export function prerenderPlugin({
  maxPages = Number(process.env.PRERENDER_MAX_PAGES ?? 1_000),
  maxPageBytes = 2_000_000,
  concurrency = 4,
}: PrerenderPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let distDir = '';
  let chunks: ChunkInfo[] = [];
  let corpus: CorpusFiles | null = null;
  return {
    name: 'digest-prerender',
    // The nested server build (configFile: false) never includes this plugin; preview needs its middleware.
    apply: (_config, env) => env.isPreview === true || env.command === 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      distDir = options.dir ?? resolve(config.root, config.build.outDir);
      chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const names = Object.keys(bundle);
      const indexUrl = names.find((name) => /^corpus\/index-[^/]+\.json$/.test(name));
      const searchUrl = names.find((name) => /^corpus\/search-[^/]+\.json$/.test(name));
      corpus =
        indexUrl && searchUrl
          ? { indexUrl, searchUrl, version: indexUrl.slice('corpus/index-'.length, -'.json'.length) }
          : null;
    },
    async closeBundle(error) {
      if (error || config.command !== 'build' || config.build.ssr || !(maxPages > 0)) return;
      if (!corpus)
        throw new Error('prerender: the build wrote no corpus/index-*.json and corpus/search-*.json');
      await prerenderSite({
        root: config.root,
        base: config.base,
        mode: config.mode,
        distDir,
        chunks,
        corpus,
        logger: config.logger,
        maxPages,
        maxPageBytes,
        concurrency,
      });
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      const headers = Object.fromEntries(
        Object.entries(server.config.preview.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      server.middlewares.use(prerenderPreviewMiddleware(dir, server.config.base, headers));
    },
  };
}
