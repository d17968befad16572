import { StrictMode, type ReactNode } from 'react';
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
      </QueryClientProvider>
    </StrictMode>
  );
}
