import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { applyTheme, readStoredTheme } from '../components/theme/theme-storage.ts';
import { createQueryClient } from '../data/create-query-client.ts';
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

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
