import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sliceUrl } from '../src/core/bundle/slices/slice-url.ts';

/** One entry of Vite's `.vite/manifest.json` (the fields a first load follows). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** Vite's build manifest: chunks keyed by source path (`index.html`, `src/routes/story-route.tsx`, `_shared.js`). */
export type Manifest = Record<string, ManifestChunk>;

/** The JS and CSS files a route needs before it can render: its chunks and their static imports, in load order. */
export interface RouteFiles {
  js: string[];
  css: string[];
}

/** Gzip -9 bytes a route's first load costs, by kind. */
export interface RouteBytes {
  html: number;
  js: number;
  css: number;
  /**
   * Corpus JSON the route fetches before it is interactive: its slices (`/`: its list page and the facet base;
   * a story: its pointer, its digest's slice and the facet base) when the build wrote slices, else the whole
   * index; plus the story body on a story route.
   */
  json: number;
  total: number;
}

/** First-load bytes of `/` and of a story route in a built site. */
export interface SiteFirstLoad {
  home: RouteBytes;
  story: RouteBytes;
  /** The story route measured: its body's URL under `corpus/`. */
  storyChunk: string;
  indexGzip: number;
  /** The build wrote slices of the index (a large corpus): pages hydrate from them, not the whole index. */
  sliced: boolean;
}

/**
 * The files a route loads up front: every manifest key in `entries` with its static imports, depth first,
 * each once. Dynamic imports are left out: a lazy route's chunk is only fetched when that route is opened.
 */
export function routeFiles(manifest: Manifest, entries: readonly string[]): RouteFiles {
  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key}: not in the Vite manifest`);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (chunk.file.endsWith('.js')) js.push(chunk.file);
    else if (chunk.file.endsWith('.css')) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  };
  for (const key of entries) visit(key);
  // With `build.cssCodeSplit: false` (vite.config.ts) the one stylesheet every page links has a key of its own.
  const shared = manifest['style.css'];
  if (shared) css.add(shared.file);
  return { js, css: [...css] };
}

/** Gzip -9 size of a file in the built site. */
export function gzipBytes(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

/** Reads `dist/.vite/manifest.json` (built with `vite build --manifest`). */
export function readManifest(outDir: string): Manifest {
  const json: unknown = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  if (typeof json !== 'object' || json === null) throw new Error(`${outDir}: manifest is not an object`);
  return json as Manifest;
}

/**
 * First-load bytes of `/` (index.html, its entry chunk and CSS, its slices or the corpus index) and of the first
 * story's route (its own HTML, the entry, the lazy story-route chunk, its imports and CSS, its slices or the
 * index, and that story's body):
 * everything the route needs to be interactive. With prerendering (src/build/prerender-site.ts) each page's
 * HTML holds its rendered content, so the text paints from the HTML and CSS alone, and the JSON is what the
 * hydration waits for; without it (a page over the build's budget) the HTML is the app shell.
 */
export function siteFirstLoad(outDir: string, storyRouteKey = 'src/routes/story-route.tsx'): SiteFirstLoad {
  const manifest = readManifest(outDir);
  const html = gzipBytes(outDir, 'index.html');
  const storyPage = join('story', firstStoryId(outDir), 'index.html');
  const storyHtml = existsSync(join(outDir, storyPage)) ? gzipBytes(outDir, storyPage) : html;
  const indexName = readdirSync(join(outDir, 'corpus')).find((n) => n.startsWith('index-')) ?? '';
  const indexFile = join('corpus', indexName);
  const indexGzip = gzipBytes(outDir, indexFile);
  const storyChunk = firstStoryChunk(join(outDir, indexFile));
  const version = indexName.replace(/^index-/, '').replace(/\.json$/, '');
  const sliced = existsSync(join(outDir, sliceUrl.facets(version)));
  const homeJson = sliced
    ? gzipBytes(outDir, sliceUrl.home(version, 1)) + gzipBytes(outDir, sliceUrl.facets(version))
    : indexGzip;
  const storyJson = sliced ? storySliceBytes(outDir, version, firstStoryId(outDir)) : indexGzip;
  const measure = (files: RouteFiles, json: number, html: number): RouteBytes => {
    const js = files.js.reduce((sum, f) => sum + gzipBytes(outDir, f), 0);
    const css = files.css.reduce((sum, f) => sum + gzipBytes(outDir, f), 0);
    return { html, js, css, json, total: html + js + css + json };
  };
  return {
    home: measure(routeFiles(manifest, ['index.html']), homeJson, html),
    story: measure(
      routeFiles(manifest, ['index.html', storyRouteKey]),
      storyJson + gzipBytes(outDir, storyChunk),
      storyHtml,
    ),
    storyChunk,
    indexGzip,
    sliced,
  };
}

/** Gzip bytes of a story page's slices: the story's pointer, the slice of the digest it names, the facet base. */
function storySliceBytes(outDir: string, version: string, storyId: string): number {
  const pointer = sliceUrl.story(version, storyId);
  const ref: unknown = JSON.parse(readFileSync(join(outDir, pointer), 'utf8'));
  const documentId = typeof ref === 'object' && ref !== null && 'documentId' in ref ? ref.documentId : null;
  if (typeof documentId !== 'string') throw new Error(`${pointer}: no documentId`);
  return (
    gzipBytes(outDir, pointer) +
    gzipBytes(outDir, sliceUrl.digest(version, documentId)) +
    gzipBytes(outDir, sliceUrl.facets(version))
  );
}

/** The `chunk` of the index's first story (`corpus/<hash>.json`). */
export function firstStoryChunk(indexPath: string): string {
  const index: unknown = JSON.parse(readFileSync(indexPath, 'utf8'));
  const stories = typeof index === 'object' && index !== null && 'stories' in index ? index.stories : null;
  const first: unknown = Array.isArray(stories) ? stories[0] : null;
  const chunk = typeof first === 'object' && first !== null && 'chunk' in first ? first.chunk : null;
  if (typeof chunk !== 'string') throw new Error(`${indexPath}: no story with a chunk`);
  return chunk;
}

/** The id of the index's first story, for its route `/story/<id>`. */
export function firstStoryId(outDir: string): string {
  const indexName = readdirSync(join(outDir, 'corpus')).find((n) => n.startsWith('index-')) ?? '';
  const index: unknown = JSON.parse(readFileSync(join(outDir, 'corpus', indexName), 'utf8'));
  const stories = typeof index === 'object' && index !== null && 'stories' in index ? index.stories : null;
  const first: unknown = Array.isArray(stories) ? stories[0] : null;
  const id = typeof first === 'object' && first !== null && 'id' in first ? first.id : null;
  if (typeof id !== 'string') throw new Error(`${outDir}: no story in the index`);
  return id;
}
