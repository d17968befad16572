import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from './route-first-load.ts';

/** Files an HTML page asks for up front, by kind, as root-relative paths inside the built site. */
export interface HtmlAssets {
  js: string[];
  css: string[];
  fonts: string[];
}

/** Gzip -9 bytes a page's HTML and the assets it names up front cost. */
export interface HtmlFirstLoad {
  html: number;
  js: number;
  css: number;
  fonts: number;
  total: number;
}

/** The attributes of one tag: `<link rel="modulepreload" href="/a.js">` → { rel, href }. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    found.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

/**
 * What a page loads up front: module scripts, modulepreloads (also those this app's loader starts after the
 * first paint), stylesheets (also VitePress's `rel="preload stylesheet"`) and preloaded fonts. Prefetches are
 * left out: they wait for an idle browser.
 */
export function htmlAssets(html: string, base = '/'): HtmlAssets {
  const js = new Set<string>();
  const css = new Set<string>();
  const fonts = new Set<string>();
  const local = (url: string): string | null =>
    /^[a-z]+:|^\/\//i.test(url) ? null : url.startsWith(base) ? url.slice(base.length) : url;
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const a = attributes(tag.replace(/^<\w+/, ''));
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.toLowerCase().startsWith('<script')) {
      // a prerendered page's loader names the entry and chunks it starts after the first paint
      const urls = [a.get('src'), a.get('data-entry'), ...(a.get('data-modules') ?? '').split(' ')];
      for (const url of urls) {
        const file = url ? local(url) : null;
        if (file) js.add(file);
      }
      continue;
    }
    const href = local(a.get('href') ?? '');
    if (!href) continue;
    if (rel.includes('modulepreload')) js.add(href);
    else if (rel.includes('stylesheet')) css.add(href);
    else if (rel.includes('preload') && a.get('as') === 'font') fonts.add(href);
  }
  return { js: [...js], css: [...css], fonts: [...fonts] };
}

/** Gzip -9 bytes of `page` (a path inside `outDir`) and every asset it loads up front. */
export function htmlFirstLoad(outDir: string, page: string, base = '/'): HtmlFirstLoad {
  const assets = htmlAssets(readFileSync(join(outDir, page), 'utf8'), base);
  const sum = (files: string[]): number => files.reduce((n, f) => n + gzipBytes(outDir, f), 0);
  const html = gzipBytes(outDir, page);
  const js = sum(assets.js);
  const css = sum(assets.css);
  const fonts = sum(assets.fonts);
  return { html, js, css, fonts, total: html + js + css + fonts };
}
