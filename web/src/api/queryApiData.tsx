import { keepPreviousData, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { api, type ApiError } from './client.js';
import { queryClient } from './queryClient.js';
import { ApiDataLoaderContext, asApiError, type ApiData } from './useApiData.js';

/** useApiData through the app's query cache (TanStack Query), for the staff workspace. */
function useQueryApiData<T>(path: string | null): ApiData<T> {
  const result = useQuery<T, ApiError>({
    queryKey: ['api', path],
    queryFn: () => api.get<T>(path!).catch((reason: unknown) => Promise.reject(asApiError(reason))),
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });
  const { refetch } = result;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: result.data,
    error: result.isFetching ? undefined : (result.error ?? undefined),
    loading: path !== null && result.isFetching,
    reload,
  };
}

/**
 * The query cache and the useApiData that reads through it, installed by the staff workspace
 * (WorkspaceRoutes) only: the public pages load without TanStack Query.
 */
export function QueryApiData({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiDataLoaderContext.Provider value={useQueryApiData}>{children}</ApiDataLoaderContext.Provider>
    </QueryClientProvider>
  );
}
