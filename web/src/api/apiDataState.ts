import type { ApiError } from './client.js';

/**
 * What a page's GET has come to, for the plain loader the public pages use (useApiData.ts): the
 * path last asked for, the request still awaited (0: none), the last data and the path it is for.
 * Pure, so that the rules below are tested without a browser.
 */
export interface FetchState<T> {
  /** undefined before the first request starts (the first render already counts as loading). */
  requested: string | null | undefined;
  pending: number;
  data: T | undefined;
  dataPath: string | null | undefined;
  error: ApiError | undefined;
}

export type FetchEvent<T> =
  | { type: 'start'; path: string | null; request: number }
  | { type: 'done'; request: number; data: T }
  | { type: 'fail'; request: number; error: ApiError };

export const NOTHING_FETCHED: FetchState<never> = {
  requested: undefined,
  pending: 0,
  data: undefined,
  dataPath: undefined,
  error: undefined,
};

/**
 * A new request keeps the previous data on screen (tables do not flicker) and clears the error;
 * only the request started last may settle the state, so a slow earlier answer never overwrites a
 * later one; a failure keeps the data only when it is that same path's (a reload that failed).
 */
export function fetchReducer<T>(state: FetchState<T>, event: FetchEvent<T>): FetchState<T> {
  switch (event.type) {
    case 'start':
      return {
        ...state,
        requested: event.path,
        pending: event.path === null ? 0 : event.request,
        error: undefined,
      };
    case 'done':
      if (event.request !== state.pending) return state;
      return { ...state, pending: 0, data: event.data, dataPath: state.requested, error: undefined };
    case 'fail':
      if (event.request !== state.pending) return state;
      return {
        ...state,
        pending: 0,
        data: state.dataPath === state.requested ? state.data : undefined,
        error: event.error,
      };
  }
}

/** What useApiData answers for `path` in this state (the request for a new path counts from its render). */
export function fetchView<T>(
  state: FetchState<T>,
  path: string | null,
): { data: T | undefined; error: ApiError | undefined; loading: boolean } {
  const loading = path !== null && (state.requested !== path || state.pending !== 0);
  return { data: state.data, error: loading ? undefined : state.error, loading };
}
