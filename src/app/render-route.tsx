/**
 * The build-time server entry (bundled by src/build/prerender-plugin.ts with `vite build --ssr`): renders one
 * app URL to HTML with the same routes, loaders and providers as the browser, waiting for every lazy route,
 * lazy component and Suspense boundary. No inline script is emitted (`hydrate={false}`: the CSP forbids them);
 * the browser re-runs the loaders and hydrates (src/app/main.tsx).
 */
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { APP_NAME } from '../components/document-title/use-document-title.ts';
import type { CorpusIndex } from '../core/schema.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import { corpusKeys } from '../data/corpus-keys.ts';
import { createQueryClient } from '../data/create-query-client.ts';
import { AppProviders } from './app-providers.tsx';
import { createAppRoutes } from './create-app-routes.tsx';

/** One rendered URL. */
export interface RenderedRoute {
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /** The page's `document.title`, as the browser sets it. */
  title: string;
}

/** The corpus index through the app's own loader path (fetch, local digests, corrections), loaded once per build. */
export async function loadCorpusIndex(): Promise<CorpusIndex> {
  return createQueryClient().fetchQuery(corpusIndexQueryOptions());
}

/**
 * Renders `path` (relative to the base URL, e.g. `/story/x`). Throws when the route does not answer 200
 * (not found, a loader error, a redirect) or when anything in the page fails to render.
 */
export async function renderRoute(path: string, index: CorpusIndex): Promise<RenderedRoute> {
  const queryClient = createQueryClient();
  // The index is parsed once per build and shared: 8 MB of JSON at 1000× the seed is not re-read per page.
  queryClient.setQueryData(corpusKeys.index(), index);
  const base = import.meta.env.BASE_URL;
  const handler = createStaticHandler(createAppRoutes(queryClient), { basename: base });
  const url = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response)
    throw new Error(`answered a redirect (HTTP ${context.status}) instead of a page`);
  if (context.statusCode !== 200 || context.errors) {
    const error = Object.values(context.errors ?? {})[0];
    throw new Error(`answered HTTP ${context.statusCode}${error ? `: ${describe(error)}` : ''}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  let title = APP_NAME;
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <AppProviders queryClient={queryClient} onTitle={(t) => (title = t)}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
    {
      onError: (error) => void errors.push(error),
      // Never split a large Suspense boundary out to be revealed by an inline script (the CSP blocks those):
      // the whole page is known by the time the prelude is written.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw new Error(describe(errors[0]));
  if (/<script|<!--\$[?!]-->/.test(html))
    throw new Error('the render holds a script or an unfinished Suspense boundary');
  queryClient.clear();
  return { html, title };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  if (error && typeof error === 'object' && 'status' in error) return `HTTP ${String(error.status)}`;
  return String(error);
}
