import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes a browser fetches before the app can render `/`: the HTML's scripts, preloads and stylesheets. */
export interface FirstLoad {
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  files: string[];
}

/**
 * Reads a built `index.html` and gzips every JS and CSS file it loads up front, the scripts a prerendered page's
 * loader starts after the first paint (`data-entry`, `data-modules`: src/build/prerender-loader.ts) included.
 */
export function firstLoadSize(outDir: string, base = '/'): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const tagged = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)];
  const loader = [...html.matchAll(/<script[^>]*\sdata-(?:entry|modules)="([^"]+)"/g)];
  const urls = [...tagged, ...loader]
    .flatMap((m) => (m[1] ?? '').split(' '))
    .filter((url) => /\.(?:js|css)$/.test(url));
  const files = [...new Set(urls)].map((url) => (url.startsWith(base) ? url.slice(base.length) : url));
  const gz = (file: string): number => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  return {
    jsGzip: files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0),
    cssGzip: files.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0),
    htmlGzip: gzipSync(html, { level: 9 }).length,
    files,
  };
}
