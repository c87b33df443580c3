import { describe, expect, it } from 'vitest';
import {
  fetchReducer,
  fetchView,
  NOTHING_FETCHED,
  type FetchEvent,
  type FetchState,
} from './apiDataState.js';
import type { ApiError } from './client.js';

const run = (events: FetchEvent<string>[]): FetchState<string> =>
  events.reduce(fetchReducer<string>, NOTHING_FETCHED as FetchState<string>);
// (client.ts itself needs a browser: it reads the language shown.)
const refused = { status: 404, code: 'draws/not-found', message: 'no such draw' } as ApiError;

describe('the plain loader of useApiData', () => {
  it('counts as loading from the first render, before its request starts', () => {
    expect(fetchView(NOTHING_FETCHED, '/public/draws')).toEqual({
      data: undefined,
      error: undefined,
      loading: true,
    });
    expect(fetchView(NOTHING_FETCHED, null).loading).toBe(false);
  });

  it('shows the data once its request answered', () => {
    const state = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'done', request: 1, data: 'A' },
    ]);
    expect(fetchView(state, '/a')).toEqual({ data: 'A', error: undefined, loading: false });
  });

  it('keeps the previous data on screen while the next path loads, and counts a new path as loading at once', () => {
    const shown = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'done', request: 1, data: 'A' },
    ]);
    expect(fetchView(shown, '/b')).toEqual({ data: 'A', error: undefined, loading: true });
    const loading = fetchReducer(shown, { type: 'start', path: '/b', request: 2 });
    expect(fetchView(loading, '/b')).toEqual({ data: 'A', error: undefined, loading: true });
  });

  it('lets only the request started last settle: a slow earlier answer is dropped', () => {
    const state = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'start', path: '/b', request: 2 },
      { type: 'done', request: 2, data: 'B' },
      { type: 'done', request: 1, data: 'A' },
      { type: 'fail', request: 1, error: refused },
    ]);
    expect(fetchView(state, '/b')).toEqual({ data: 'B', error: undefined, loading: false });
  });

  it("reports a failure, keeping the data only when it is that path's (a failed reload)", () => {
    const reloadFailed = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'done', request: 1, data: 'A' },
      { type: 'start', path: '/a', request: 2 },
      { type: 'fail', request: 2, error: refused },
    ]);
    expect(fetchView(reloadFailed, '/a')).toEqual({ data: 'A', error: refused, loading: false });
    const otherFailed = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'done', request: 1, data: 'A' },
      { type: 'start', path: '/b', request: 2 },
      { type: 'fail', request: 2, error: refused },
    ]);
    expect(fetchView(otherFailed, '/b')).toEqual({ data: undefined, error: refused, loading: false });
  });

  it('hides the error while a retry is under way, and clears it when the retry answers', () => {
    const failed = run([
      { type: 'start', path: '/a', request: 1 },
      { type: 'fail', request: 1, error: refused },
    ]);
    const retrying = fetchReducer(failed, { type: 'start', path: '/a', request: 2 });
    expect(fetchView(retrying, '/a')).toEqual({ data: undefined, error: undefined, loading: true });
    const answered = fetchReducer(retrying, { type: 'done', request: 2, data: 'A' });
    expect(fetchView(answered, '/a')).toEqual({ data: 'A', error: undefined, loading: false });
  });

  it('asks nothing for a null path', () => {
    const state = run([
      { type: 'start', path: null, request: 1 },
      { type: 'done', request: 1, data: 'X' },
    ]);
    expect(fetchView(state, null)).toEqual({ data: undefined, error: undefined, loading: false });
  });
});
