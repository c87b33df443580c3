import { answer, typedApi } from './client.js';

export const auditApi = {
  verify: () => answer(typedApi.GET('/api/audit/verification')),
};
