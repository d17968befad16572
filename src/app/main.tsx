import { startTransition } from 'react';
import { createRoot, hydrateRoot, type ErrorInfo } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { applyTheme, readStoredTheme } from '../components/theme/theme-storage.ts';
import { createQueryClient } from '../data/create-query-client.ts';
import { AppProviders } from './app-providers.tsx';
import { canHydrate } from './can-hydrate.ts';
import { createAppRoutes } from './create-app-routes.tsx';
import './styles/theme.css';
import './styles/base.css';
import './styles/app.css';
import './styles/print.css';

// Before the first render, so a remembered dark theme never flashes light (no inline script: CSP).
applyTheme(readStoredTheme());

const queryClient = createQueryClient();
const router = createBrowserRouter(createAppRoutes(queryClient), { basename: import.meta.env.BASE_URL });

// The story route's code is split off the first load; fetch it once the browser is idle so the first
// story opens without waiting for it.
const preloadStoryRoute = () => void import('../routes/story-route.tsx');
if ('requestIdleCallback' in window) window.requestIdleCallback(preloadStoryRoute, { timeout: 3000 });
else setTimeout(preloadStoryRoute, 1500);

/** A hydration problem is recovered from (React re-renders that part); report it without failing the page. */
function onRecoverableError(error: unknown, info: ErrorInfo): void {
  console.warn('Hydration: re-rendered on the client:', error, info.componentStack ?? '');
}

async function start(container: HTMLElement): Promise<void> {
  const app = (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  // The build rendered this page for this exact URL (src/build/prerender-site.ts): once the loaders have run
  // (the query cache then holds what the build had), hydrate it instead of rendering from scratch.
  const marker = container.dataset.prerendered;
  if (marker !== undefined && marker === location.pathname + location.search) {
    if (await canHydrate(router, queryClient)) {
      // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
      // thread in one long task (on a phone, 200 ms and more); the page is already painted from its HTML.
      startTransition(() => {
        hydrateRoot(container, app, { onRecoverableError });
      });
      return;
    }
  }
  createRoot(container).render(app);
}

const container = document.getElementById('root');
// Pages render from their slices; the whole index (for filters) follows in the background, code and all.
if (container)
  void start(container)
    .then(() => import('./prefetch-whole-index.ts'))
    .then(({ prefetchWholeIndex }) => prefetchWholeIndex(queryClient, () => void router.revalidate()));
