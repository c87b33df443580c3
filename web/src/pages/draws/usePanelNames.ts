import type { Panel } from '../../api/draws.js';

/** Names of experts and applicants for a panel's codes and ids (the Office may see them). */
export interface PanelNames {
  expert: (code: string) => string | undefined;
  /** "E000012 张建华" */
  label: (code: string) => string;
  organisation: (id: string) => string | undefined;
}

/** The panel view names its seats, its pool and its applicants itself: no list is fetched to name them. */
export function usePanelNames(panel: Panel | undefined): PanelNames {
  const expert = (code: string) => panel?.experts[code]?.name;
  return {
    expert,
    label: (code) => {
      const name = expert(code);
      return name ? `${code} ${name}` : code;
    },
    organisation: (id) => panel?.organisations[id],
  };
}
