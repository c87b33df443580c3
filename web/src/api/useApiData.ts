import { createContext, useCallback, useContext, useEffect, useReducer, useRef, useState } from 'react';
import {
  fetchReducer,
  fetchView,
  NOTHING_FETCHED,
  type FetchEvent,
  type FetchState,
} from './apiDataState.js';
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

/** How a subtree loads its data: one hook, the same for every render of that subtree. */
export type ApiDataLoader = <T>(path: string | null) => ApiData<T>;

/**
 * A plain GET per mount (no cache): what the public pages and the shell use, so that their first
 * load carries no query library. The staff workspace installs TanStack Query's loader instead
 * (api/queryApiData.tsx, WorkspaceRoutes), whose cache its mutations refresh.
 */
function usePlainApiData<T>(path: string | null): ApiData<T> {
  const [state, dispatch] = useReducer(
    fetchReducer as (state: FetchState<T>, event: FetchEvent<T>) => FetchState<T>,
    NOTHING_FETCHED as FetchState<T>,
  );
  const [attempt, setAttempt] = useState(0);
  const requests = useRef(0);
  useEffect(() => {
    requests.current += 1;
    const request = requests.current;
    dispatch({ type: 'start', path, request });
    if (path === null) return;
    api.get<T>(path).then(
      (data) => dispatch({ type: 'done', request, data }),
      (reason: unknown) => dispatch({ type: 'fail', request, error: asApiError(reason) }),
    );
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...fetchView(state, path), reload };
}

/** The loader of the subtree (ApiDataLoaderContext.Provider); the plain one where none is installed. */
export const ApiDataLoaderContext = createContext<ApiDataLoader>(usePlainApiData);

/**
 * GETs `/api{path}` whenever `path` changes (null: nothing to load yet). While reloading, the
 * previous data stays on screen so tables do not flicker; an error is reported only for the
 * request that settled last. Inside the staff workspace it goes through the app's query cache.
 */
export function useApiData<T>(path: string | null): ApiData<T> {
  const load = useContext(ApiDataLoaderContext);
  return load<T>(path);
}
