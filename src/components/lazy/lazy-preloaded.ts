import { createElement, lazy, useState, type ComponentType } from 'react';

/** A component split into its own chunk, and the function that fetches that chunk. */
export interface LazyPreloaded<P extends object> {
  /** Suspends (inside a `<Suspense>`) only while the chunk is still on its way. */
  Component: ComponentType<P>;
  /** Fetches the chunk once; a failed fetch is tried again on the next call. */
  preload: () => Promise<unknown>;
}

/**
 * `React.lazy` whose chunk starts loading at once (when the importing module runs), not on first render:
 * what `/` does not paint first leaves the entry chunk, yet is there before a reader reaches for it.
 */
export function lazyPreloaded<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyPreloaded<P> {
  let loading: Promise<M> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<M> =>
    (loading ??= load().then(
      (module) => {
        loaded = pick(module);
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  // Errors surface where the component renders (its route's error boundary), not as an unhandled rejection.
  preload().catch(() => undefined);
  const Lazy = lazy(() => preload().then((module) => ({ default: pick(module) })));
  function Component(props: P) {
    // React.lazy suspends on its first render even when the chunk is already here; once it has arrived,
    // render the component itself. Chosen once per mount, so a later render never swaps the type (and state).
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Chosen, props);
  }
  return { Component, preload };
}
