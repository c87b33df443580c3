import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, ApiError } from './client.js';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function asApiError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError(0, 'client/error', String(reason));
}

/**
 * GETs `/api{path}` whenever `path` changes (null: nothing to load yet), through the app's
 * query cache (TanStack Query). While reloading, the previous data stays on screen so tables do
 * not flicker; an error is reported only for the request that settled last.
 */
export function useApiData<T>(path: string | null): ApiData<T> {
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
