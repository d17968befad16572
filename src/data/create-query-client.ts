import { QueryClient } from '@tanstack/react-query';

/** The app's query client: corpus data is immutable per version, so no refetch on focus; one retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}
