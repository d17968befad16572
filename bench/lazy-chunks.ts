import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, routeFiles } from './route-first-load.ts';
import type { ManifestChunk } from './route-first-load.ts';

/** The manifest fields that say what loads lazily: dynamic entries, what imports them, worker assets. */
export interface LazyManifestChunk extends ManifestChunk {
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  dynamicImports?: string[];
  /** Files a chunk refers to by URL: a worker (`new Worker(new URL(…))`) is one. */
  assets?: string[];
}

export type LazyManifest = Record<string, LazyManifestChunk>;

/** One chunk fetched after the first load: when a route opens, a lazy component renders, or a worker starts. */
export interface LazyChunk {
  /** Source it was built from (`src/routes/story-route.tsx`), or the worker's file. */
  source: string;
  kind: 'chunk' | 'worker';
  /** Its own JS file. */
  file: string;
  /** JS files it imports that `/` has not already loaded (shared with other lazy chunks), fetched with it. */
  sharedJs: string[];
  /** CSS it and those imports bring that `/` has not already loaded. */
  css: string[];
  /** What fetches it: `import()` from these chunks (`index.html` is the entry), or a static import from them. */
  loadedBy: string[];
}

/** A lazy chunk with its sizes, gzip -9 bytes. */
export interface LazyChunkSize extends LazyChunk {
  jsGzip: number;
  sharedJsGzip: number;
  cssGzip: number;
}

/**
 * Every chunk of a Vite manifest that is not part of `/`'s first load, in manifest order: dynamic-import
 * entries (lazy routes, lazy components, code loaded on demand) and the workers chunks refer to.
 */
export function lazyChunks(manifest: LazyManifest): LazyChunk[] {
  const initial = routeFiles(manifest, ['index.html']);
  const onFirstLoad = new Set([...initial.js, ...initial.css]);
  const entries = Object.entries(manifest);
  const importers = (key: string): string[] => [
    ...entries.filter(([, c]) => c.dynamicImports?.includes(key)).map(([k]) => `import() from ${k}`),
    ...entries.filter(([, c]) => c.imports?.includes(key)).map(([k]) => `imported by ${k}`),
  ];
  const chunks: LazyChunk[] = [];
  for (const [key, chunk] of entries) {
    if (chunk.isDynamicEntry) {
      const files = routeFiles(manifest, [key]);
      chunks.push({
        source: key,
        kind: 'chunk',
        file: chunk.file,
        sharedJs: files.js.filter((f) => f !== chunk.file && !onFirstLoad.has(f)),
        css: files.css.filter((f) => !onFirstLoad.has(f)),
        loadedBy: importers(key),
      });
    }
    for (const asset of chunk.assets ?? []) {
      if (!asset.endsWith('.js') || chunks.some((c) => c.file === asset)) continue;
      const workers = entries
        .filter(([, c]) => c.assets?.includes(asset))
        .map(([k]) => `new Worker from ${k}`);
      chunks.push({ source: asset, kind: 'worker', file: asset, sharedJs: [], css: [], loadedBy: workers });
    }
  }
  return chunks;
}

/** Reads `dist/.vite/manifest.json` with the fields {@link lazyChunks} follows. */
export function readLazyManifest(outDir: string): LazyManifest {
  const json: unknown = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  if (typeof json !== 'object' || json === null || !('index.html' in json))
    throw new Error(`${outDir}: the Vite manifest has no index.html entry`);
  return json as LazyManifest;
}

/** The lazy chunks of a built site with their gzip -9 sizes. */
export function lazyChunkSizes(outDir: string): LazyChunkSize[] {
  const sum = (files: string[]): number => files.reduce((n, f) => n + gzipBytes(outDir, f), 0);
  return lazyChunks(readLazyManifest(outDir)).map((c) => ({
    ...c,
    jsGzip: gzipBytes(outDir, c.file),
    sharedJsGzip: sum(c.sharedJs),
    cssGzip: sum(c.css),
  }));
}

/** RESULTS.md section: one row per lazy chunk, largest first. */
export function lazyChunksSection(chunks: LazyChunkSize[], build: string): string[] {
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const name = (c: LazyChunk): string => (c.kind === 'worker' ? `worker \`${c.file}\`` : `\`${c.source}\``);
  const rows = [...chunks].sort((a, b) => b.jsGzip + b.sharedJsGzip - (a.jsGzip + a.sharedJsGzip));
  return [
    '## Lazy chunks',
    '',
    `From the Vite manifest of ${build}: every chunk \`/\` does not load up front (issue #8), KB = 1,024 bytes gzip -9.`,
    '"JS" is the chunk itself; "+ shared JS" the chunks it imports that `/` has not loaded (shared with other',
    'lazy chunks, fetched with the first of them); CSS likewise. "Loaded by" says what fetches it: an `import()`',
    "(from `index.html`, the entry: a lazy route or component), another chunk's static import, or `new Worker`.",
    '',
    '| chunk | JS KB gzip | + shared JS KB gzip | CSS KB gzip | loaded by |',
    '|---|---:|---:|---:|---|',
    ...rows.map(
      (c) =>
        `| ${name(c)} | ${kb(c.jsGzip)} | ${c.sharedJs.length > 0 ? kb(c.sharedJsGzip) : '—'} | ${c.css.length > 0 ? kb(c.cssGzip) : '—'} | ${c.loadedBy.join('; ') || '—'} |`,
    ),
    '',
  ];
}

/** The section for a built site, or a line saying why it could not be measured (the bench goes on). */
export function lazyChunksReport(outDir: string, build: string): string[] {
  try {
    return lazyChunksSection(lazyChunkSizes(outDir), build);
  } catch (err) {
    return [
      '## Lazy chunks',
      '',
      `Failed on ${build}: ${err instanceof Error ? err.message : String(err)}`,
      '',
    ];
  }
}
