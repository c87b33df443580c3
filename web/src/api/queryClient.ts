import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query cache. Reads are refetched whenever a page mounts (staleTime 0) and
 * dropped once nothing shows them (gcTime 0), so a page never shows another visit's data;
 * refusals are not retried: the person sees the reason at once.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 0,
      gcTime: 0,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
    mutations: { retry: false },
  },
});
