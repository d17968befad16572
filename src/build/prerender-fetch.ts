import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Runs `task` with `globalThis.fetch` answering the app's corpus requests (`<base>corpus/…`) from the built
 * files in `distDir`, so the route loaders run unchanged in Node; any other URL goes to the real fetch. The
 * real fetch is put back afterwards, even when `task` throws.
 */
export async function withCorpusFetch<T>(distDir: string, base: string, task: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const prefix = `${base}corpus/`;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) return realFetch(input, init);
    const name = url.slice(prefix.length).split(/[?#]/)[0] ?? '';
    // Only plain file names under corpus/ or one folder below (slices): the URL comes from built data, but
    // never let it climb out.
    if (!/^(?:[\w-][\w.-]*\/)?[\w-][\w.-]*$/.test(name)) return new Response(null, { status: 400 });
    try {
      const body = await readFile(join(distDir, 'corpus', name));
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  try {
    return await task();
  } finally {
    globalThis.fetch = realFetch;
  }
}
