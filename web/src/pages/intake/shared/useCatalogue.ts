import type { ProgrammeVersion } from '../../../../../src/programmes/programme.types.js';
import type { FrameworkVersion } from '../../../../../src/scoring/framework.types.js';
import type { ReferenceItem } from '../../../api/types.js';
import { useApiData } from '../../../api/useApiData.js';

/** The programme version a cycle runs under (articles, parameters). */
export function useProgramme(id: string | undefined) {
  return useApiData<ProgrammeVersion>(id ? `/programmes/${encodeURIComponent(id)}` : null);
}

/** The scoring framework a cycle uses (the GB/T 19580 items of the self-assessment). */
export function useFramework(id: string | undefined) {
  return useApiData<FrameworkVersion>(id ? `/frameworks/${encodeURIComponent(id)}` : null);
}

/** Towns / sub-districts and competent departments, by id. */
export function useReferenceNames() {
  const towns = useApiData<{ items: ReferenceItem[] }>('/reference/towns');
  const departments = useApiData<{ items: ReferenceItem[] }>('/reference/departments');
  return {
    towns: towns.data?.items ?? [],
    departments: departments.data?.items ?? [],
    town: (id: number) => towns.data?.items.find((item) => item.id === id),
    department: (id: number) => departments.data?.items.find((item) => item.id === id),
  };
}
