import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { asApiError } from '../../api/useApiData.js';

export interface PagedLog<T> {
  items: T[];
  loading: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

interface State<T> {
  generation: number;
  items: T[];
  nextBefore: number | null;
  loading: boolean;
  error?: ApiError;
}

/** A newest-first log read page by page with `before=<id>` (audit trail, access log). */
export function usePagedLog<T>(fetchPage: (before?: number) => Promise<Page<T>>): PagedLog<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<State<T>>({
    generation: -1,
    items: [],
    nextBefore: null,
    loading: true,
  });

  const append = useCallback(
    (gen: number, before: number | undefined) =>
      fetchPage(before).then(
        (page) =>
          setState((prev) =>
            prev.generation > gen
              ? prev
              : {
                  generation: gen,
                  items: before === undefined ? page.items : [...prev.items, ...page.items],
                  nextBefore: page.nextBefore,
                  loading: false,
                },
          ),
        (reason: unknown) =>
          setState((prev) => ({ ...prev, generation: gen, loading: false, error: asApiError(reason) })),
      ),
    [fetchPage],
  );

  useEffect(() => {
    void append(generation, undefined);
  }, [append, generation]);

  const loadMore = useCallback(() => {
    if (state.nextBefore === null) return;
    setState((prev) => ({ ...prev, loading: true, error: undefined }));
    void append(state.generation, state.nextBefore);
  }, [append, state.generation, state.nextBefore]);

  const reload = useCallback(() => {
    setState((prev) => ({ ...prev, loading: true, error: undefined }));
    setGeneration((n) => n + 1);
  }, []);

  return {
    items: state.items,
    loading: state.loading || state.generation !== generation,
    error: state.error,
    hasMore: state.nextBefore !== null,
    loadMore,
    reload,
  };
}
