import type { ReferenceItem } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';

export interface ReferenceLists {
  towns: ReferenceItem[];
  departments: ReferenceItem[];
}

/** Towns and departments, for the role scopes of endorser accounts. */
export function useReferenceLists(): ReferenceLists {
  const towns = useApi('/api/reference/{kind}', { path: { kind: 'towns' } });
  const departments = useApi('/api/reference/{kind}', { path: { kind: 'departments' } });
  return { towns: towns.data?.items ?? [], departments: departments.data?.items ?? [] };
}
