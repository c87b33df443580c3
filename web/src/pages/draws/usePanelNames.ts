import type { Panel } from '../../api/draws.js';
import type { Conflict, Expert } from '../../api/experts.js';
import { useApiData } from '../../api/useApiData.js';
import type { Page } from '../../api/usePaging.js';

/** Names of experts and applicants for a panel's codes and ids (the Office may see them). */
export interface PanelNames {
  expert: (code: string) => string | undefined;
  /** "E000012 张建华" */
  label: (code: string) => string;
  organisation: (id: string) => string | undefined;
}

export function usePanelNames(panel: Panel | undefined): PanelNames {
  // The panel view names its own experts; these pages (the largest the API gives) fill the gaps.
  const experts = useApiData<Page<Expert>>(panel ? '/experts?pageSize=200' : null);
  const conflicts = useApiData<Page<Conflict>>(panel ? '/conflicts?status=confirmed&pageSize=200' : null);
  const byCode = new Map((experts.data?.items ?? []).map((e) => [e.code, e.name]));
  const organisations = new Map(
    (conflicts.data?.items ?? []).map((c) => [c.organisationId, c.organisationName]),
  );
  const expert = (code: string) => panel?.experts[code]?.name ?? byCode.get(code);
  return {
    expert,
    label: (code) => {
      const name = expert(code);
      return name ? `${code} ${name}` : code;
    },
    organisation: (id) => organisations.get(id),
  };
}
