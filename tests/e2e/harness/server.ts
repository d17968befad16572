import { createServer } from 'node:net';
import { preview } from 'vite';

/** The built app served by `vite preview`. */
export interface AppServer {
  /** Scheme, host and port, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Absolute URL of the app's root, with the configured base (`/` or e.g. `/digests/`). */
  baseUrl: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** Asks the OS for a port that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Polls `url` until it answers 200, or throws after `timeoutMs`. */
async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not answer at ${url} within ${timeoutMs} ms (${last})`);
}

/** Serves the build in `outDir` with Vite's preview server on 127.0.0.1 and a free port, and waits until it answers. */
export async function startPreview(root: string, outDir: string): Promise<AppServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const server = await preview({
        root,
        logLevel: 'warn',
        build: { outDir },
        preview: { host: HOST, port, strictPort: true, open: false },
      });
      const origin = `http://${HOST}:${port}`;
      const baseUrl = new URL(server.config.base, origin).href;
      try {
        await waitUntilAnswering(baseUrl, 15_000);
      } catch (error) {
        await server.close();
        throw error;
      }
      return { origin, baseUrl, close: () => server.close() };
    } catch (error) {
      // Another process may take the port between the probe and the listen: try another one.
      if (attempt < 3 && /EADDRINUSE|already in use/i.test(String(error))) continue;
      throw error;
    }
  }
}
