import { StrictMode, useEffect, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { DocumentTitleSink } from '../components/document-title/use-document-title.ts';

/**
 * What wraps the router in the browser and in the build-time render alike: hydration needs both trees to be
 * the same shape. `onTitle` collects the page title at build time; null in the browser.
 */
export function AppProviders({
  queryClient,
  onTitle = null,
  children,
}: {
  queryClient: QueryClient;
  onTitle?: ((title: string) => void) | null;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <DocumentTitleSink value={onTitle}>{children}</DocumentTitleSink>
        <ReadyMarker />
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * Marks `<html data-app="ready">` once the app has committed in the browser (rendered or hydrated). A prerendered
 * page looks finished before its script runs, so the browser suites wait for this before pressing keys; effects
 * never run in the build-time render, so the static HTML never carries it.
 */
function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
