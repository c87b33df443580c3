import { useApi } from '../../../api/useApi.js';

/** The programme version a cycle runs under (articles, parameters). */
export function useProgramme(id: string | undefined) {
  return useApi('/api/programmes/{id}', id ? { path: { id } } : null);
}

/** The scoring framework a cycle uses (the GB/T 19580 items of the self-assessment). */
export function useFramework(id: string | undefined) {
  return useApi('/api/frameworks/{id}', id ? { path: { id } } : null);
}

/** Towns / sub-districts and competent departments, by id. */
export function useReferenceNames() {
  const towns = useApi('/api/reference/{kind}', { path: { kind: 'towns' } });
  const departments = useApi('/api/reference/{kind}', { path: { kind: 'departments' } });
  return {
    towns: towns.data?.items ?? [],
    departments: departments.data?.items ?? [],
    town: (id: number) => towns.data?.items.find((item) => item.id === id),
    department: (id: number) => departments.data?.items.find((item) => item.id === id),
  };
}
