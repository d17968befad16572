/**
 * Runs at most `limit` tasks at a time, the rest in the order they came. Chromium refuses a page thousands
 * of fetches at once (`net::ERR_INSUFFICIENT_RESOURCES`), which `/insights` asks for at 1000× the seed, one
 * story body each. A task whose signal aborts while it waits never starts.
 */
export function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      signal?.throwIfAborted();
      return await task();
    } finally {
      next();
    }
  };
}
