import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isFileSafe } from './prerender-routes.ts';

/** The app shell (nothing rendered in it), which every URL that was not prerendered gets. */
export const SHELL_FILE = '404.html';

/**
 * Which file in dist/ answers a page request for `url` (path and query, base included): the page rendered
 * for its path (`story/x/index.html`), else the app shell. A query string gets its path's page, as from a
 * plain static host: without JavaScript, `/?person=x` or `/search?q=x` is then the page without its filter or
 * search and a note saying so (the shell was an empty page); with it, the app renders the filter over it, as the
 * page was rendered for another URL. Null when the URL is not a page of the app (outside the base, or a file
 * such as `assets/x.js`).
 */
export function previewHtmlFile(url: string, base: string, exists: (file: string) => boolean): string | null {
  const [pathname = ''] = url.split('#')[0]!.split(/\?(.*)/s);
  if (!pathname.startsWith(base) && pathname !== base.replace(/\/$/, '')) return null;
  let segments: string[];
  try {
    segments = pathname.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // a malformed escape: left to the static server
  }
  if (segments.at(-1)?.includes('.')) return null;
  if (!segments.every(isFileSafe)) return SHELL_FILE;
  const file = [...segments, 'index.html'].join('/');
  return exists(file) ? file : SHELL_FILE;
}

/**
 * A `vite preview` middleware that serves prerendered pages like a static host configured for them: the
 * page for its own path, the app shell for every other one (Vite's own fallback would answer `/story/x`
 * with the prerendered home page).
 */
export function prerenderPreviewMiddleware(distDir: string, base: string, headers: Record<string, string>) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const accept = req.headers.accept ?? '';
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !(accept === '' || /text\/html|\*\/\*/.test(accept))
    )
      return next();
    if (!existsSync(join(distDir, SHELL_FILE))) return next(); // not a prerendered build
    const file = previewHtmlFile(req.url ?? '/', base, (name) => existsSync(join(distDir, name)));
    if (file === null) return next();
    readFile(join(distDir, file)).then(
      (body) => {
        res.statusCode = 200;
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Vary', 'Accept-Encoding');
        // This middleware runs before Vite's compression, and a static host compresses HTML: without gzip a
        // story page's 60 KB of HTML took ~350 ms more on Lighthouse's slow 4G than the 7 KB a host sends.
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (gzip) res.setHeader('Content-Encoding', 'gzip');
        res.end(req.method === 'HEAD' ? undefined : gzip ? gzipSync(body) : body);
      },
      () => next(),
    );
  };
}
