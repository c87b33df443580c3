import { api, query } from './client.js';
import type { Account, AccountStatus, NewAccount } from './types.js';

export interface AccountFilter {
  search?: string;
  role?: string;
  status?: AccountStatus;
}

export const accountsApi = {
  list: (filter: AccountFilter) => api.get<{ items: Account[] }>(`/accounts${query({ ...filter })}`),
  create: (account: NewAccount) => api.post<Account>('/accounts', account),
  setStatus: (id: string, status: AccountStatus, reason: string) =>
    api.post<Account>(`/accounts/${encodeURIComponent(id)}/status`, { status, reason }),
};
