import type { Panel } from '../../api/draws.js';
import type { Conflict, Expert } from '../../api/experts.js';
import { useApiData } from '../../api/useApiData.js';

/** Names of experts and applicants for a panel's codes and ids (the Office may see them). */
export interface PanelNames {
  expert: (code: string) => string | undefined;
  /** "E000012 张建华" */
  label: (code: string) => string;
  organisation: (id: string) => string | undefined;
}

export function usePanelNames(panel: Panel | undefined): PanelNames {
  const experts = useApiData<{ items: Expert[] }>(panel ? '/experts' : null);
  const conflicts = useApiData<{ items: Conflict[] }>(panel ? '/conflicts?status=confirmed' : null);
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
