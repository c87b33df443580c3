import type { ReferenceItem } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';

export interface ReferenceLists {
  towns: ReferenceItem[];
  departments: ReferenceItem[];
}

/** Towns and departments, for the role scopes of endorser accounts. */
export function useReferenceLists(): ReferenceLists {
  const towns = useApiData<{ items: ReferenceItem[] }>('/reference/towns');
  const departments = useApiData<{ items: ReferenceItem[] }>('/reference/departments');
  return { towns: towns.data?.items ?? [], departments: departments.data?.items ?? [] };
}
