import type { ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { useApiData } from '../../api/useApiData.js';

/** The programme's panel size bounds (Jinshui 2011: 5–7, Art. 7) for the cycle's programme. */
export function usePanelBounds(programmeId: string | undefined): { min: number; max: number } | undefined {
  const programme = useApiData<ProgrammeVersion>(
    programmeId ? `/programmes/${encodeURIComponent(programmeId)}` : null,
  );
  const parameters = programme.data?.parameters;
  return parameters && { min: parameters.panelSizeMin.value, max: parameters.panelSizeMax.value };
}
