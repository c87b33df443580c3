import type { ProgrammeVersion } from '../../../src/programmes/programme.types.js';
import type { FrameworkVersion } from '../../../src/scoring/framework.types.js';
import { api } from './client.js';
import type { ProgrammeSummary } from './types.js';

/** The programme the platform runs today; later each cycle names its own version. */
export const CURRENT_PROGRAMME_ID = 'jinshui-2011';

export const programmesApi = {
  list: () => api.get<{ items: ProgrammeSummary[] }>('/programmes'),
  get: (id: string) => api.get<ProgrammeVersion>(`/programmes/${encodeURIComponent(id)}`),
  framework: (id: string) => api.get<FrameworkVersion>(`/frameworks/${encodeURIComponent(id)}`),
};
