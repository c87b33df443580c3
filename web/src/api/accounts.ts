import type { Page } from './usePaging.js';
import { api, query } from './client.js';
import type { Account, AccountStatus, AccountWithActivation, NewAccount, PendingGrant } from './types.js';

export interface AccountFilter {
  search?: string;
  role?: string;
  status?: AccountStatus;
  page?: number;
  pageSize?: number;
}

export const accountsApi = {
  list: (filter: AccountFilter) => api.get<Page<Account>>(`/accounts${query({ ...filter })}`),
  create: (account: NewAccount) => api.post<AccountWithActivation>('/accounts', account),
  issueActivation: (id: string) =>
    api.post<AccountWithActivation>(`/accounts/${encodeURIComponent(id)}/activation`),
  pendingGrants: () => api.get<{ items: PendingGrant[] }>('/role-grants'),
  confirmGrant: (id: string) => api.post<PendingGrant>(`/role-grants/${encodeURIComponent(id)}/confirm`),
  setStatus: (id: string, status: AccountStatus, reason: string) =>
    api.post<Account>(`/accounts/${encodeURIComponent(id)}/status`, { status, reason }),
};
