import type { Page } from './usePaging.js';
import { api, query } from './client.js';
import type { Account, AccountStatus, NewAccount } from './types.js';

export interface AccountFilter {
  search?: string;
  role?: string;
  status?: AccountStatus;
  page?: number;
  pageSize?: number;
}

export const accountsApi = {
  list: (filter: AccountFilter) => api.get<Page<Account>>(`/accounts${query({ ...filter })}`),
  create: (account: NewAccount) => api.post<Account>('/accounts', account),
  setStatus: (id: string, status: AccountStatus, reason: string) =>
    api.post<Account>(`/accounts/${encodeURIComponent(id)}/status`, { status, reason }),
};
