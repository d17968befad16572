import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prerenderPreviewMiddleware, SHELL_FILE } from '../../src/build/prerender-preview.ts';

/** Runs the middleware once on a fake request; resolves with what it sent (or `next` when it passed). */
function serve(dir: string, url: string, acceptEncoding?: string) {
  const middleware = prerenderPreviewMiddleware(dir, '/', { 'X-Test': '1' });
  const headers: Record<string, string> = {};
  return new Promise<{ next: true } | { headers: Record<string, string>; body: Buffer }>((done) => {
    const req = {
      method: 'GET',
      url,
      headers: { accept: 'text/html', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    } as unknown as IncomingMessage;
    const res = {
      statusCode: 0,
      setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
      end: (body: Buffer) => done({ headers, body }),
    } as unknown as ServerResponse;
    middleware(req, res, () => done({ next: true }));
  });
}

describe('prerenderPreviewMiddleware', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prerender-preview-'));
  writeFileSync(join(dir, SHELL_FILE), '<div id="root"></div>');
  writeFileSync(
    join(dir, 'index.html'),
    `<div id="root" data-prerendered="/">${'Stories '.repeat(200)}</div>`,
  );

  it('gzips a page for a client that accepts it, as a static host would', async () => {
    const sent = await serve(dir, '/', 'gzip, deflate, br');
    if ('next' in sent) throw new Error('passed the request on');
    expect(sent.headers['content-encoding']).toBe('gzip');
    expect(sent.headers['x-test']).toBe('1');
    expect(gunzipSync(sent.body).toString()).toContain('data-prerendered="/"');
    expect(sent.body.length).toBeLessThan(400);
  });

  it("sends it as it is otherwise, and a URL with a query its path's page", async () => {
    const plain = await serve(dir, '/');
    if ('next' in plain) throw new Error('passed the request on');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('data-prerendered="/"');
    const filtered = await serve(dir, '/?person=x');
    if ('next' in filtered) throw new Error('passed the request on');
    expect(filtered.body.toString()).toContain('data-prerendered="/"');
    const shell = await serve(dir, '/no-such-page?person=x');
    if ('next' in shell) throw new Error('passed the request on');
    expect(shell.body.toString()).toBe('<div id="root"></div>');
  });

  it('leaves files to the static server', async () => {
    expect(await serve(dir, '/assets/x.js')).toEqual({ next: true });
  });
});
