import { api } from './client.js';
import type { ChainVerification } from './types.js';

export const auditApi = {
  verify: () => api.get<ChainVerification>('/audit/verification'),
};
