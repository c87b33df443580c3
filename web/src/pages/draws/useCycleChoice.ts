import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.js';

/**
 * The cycles (newest first) and the one chosen, kept in the address (`?cycle=…`) so a reload or a
 * shared link shows the same year; the newest cycle until one is chosen.
 */
export function useCycleChoice() {
  const cycles = useApi('/api/cycles');
  const [params, setParams] = useSearchParams();
  const items = cycles.data?.items ?? [];
  const wanted = params.get('cycle');
  const cycle = items.find((c) => c.id === wanted) ?? items[0];
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('cycle', id);
        return next;
      },
      { replace: true },
    );
  return { cycles, items, cycle, choose };
}
