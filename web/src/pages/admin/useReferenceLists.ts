import type { ReferenceItem } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';

export interface ReferenceLists {
  towns: ReferenceItem[];
  departments: ReferenceItem[];
}

/**
 * Towns and departments, for the role scopes of endorser accounts: the programme's, or the
 * installation's default programme's without one.
 */
export function useReferenceLists(programmeId?: string): ReferenceLists {
  const query = programmeId ? { programme: programmeId } : {};
  const towns = useApi('/api/reference/{kind}', { path: { kind: 'towns' }, query });
  const departments = useApi('/api/reference/{kind}', { path: { kind: 'departments' }, query });
  return { towns: towns.data?.items ?? [], departments: departments.data?.items ?? [] };
}
