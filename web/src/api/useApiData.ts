import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './client.js';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  path: string | null;
  attempt: number;
  data?: T;
  error?: ApiError;
}

export function asApiError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError(0, 'client/error', String(reason));
}

/**
 * GETs `/api{path}` whenever `path` changes (null: nothing to load yet). While reloading, the
 * previous data stays on screen so tables do not flicker.
 */
export function useApiData<T>(path: string | null): ApiData<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ path: null, attempt: -1 });

  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    api.get<T>(path).then(
      (data) => !cancelled && setSettled({ path, attempt, data }),
      (reason: unknown) =>
        !cancelled && setSettled((prev) => ({ ...prev, path, attempt, error: asApiError(reason) })),
    );
    return () => {
      cancelled = true;
    };
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled.path === path && settled.attempt === attempt;
  return {
    data: settled.data,
    error: current ? settled.error : undefined,
    loading: path !== null && !current,
    reload,
  };
}
