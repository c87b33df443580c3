import { api, query } from './client.js';
import type { AccessLogEntry, AuditEntry, ChainVerification, Page } from './types.js';

export const PAGE_SIZE = 50;

export const auditApi = {
  trail: (before?: number) => api.get<Page<AuditEntry>>(`/audit${query({ limit: PAGE_SIZE, before })}`),
  verify: () => api.get<ChainVerification>('/audit/verification'),
  accessLog: (before?: number) =>
    api.get<Page<AccessLogEntry>>(`/access-log${query({ limit: PAGE_SIZE, before })}`),
};
