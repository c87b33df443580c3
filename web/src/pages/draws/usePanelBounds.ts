import { useApi } from '../../api/useApi.js';

/** The programme's panel size bounds (Jinshui 2011: 5–7, Art. 7) for the cycle's programme. */
export function usePanelBounds(rulesVersionId: string | undefined): { min: number; max: number } | undefined {
  const programme = useApi('/api/programmes/{id}', rulesVersionId ? { path: { id: rulesVersionId } } : null);
  const parameters = programme.data?.parameters;
  return parameters && { min: parameters.panelSizeMin.value, max: parameters.panelSizeMax.value };
}
