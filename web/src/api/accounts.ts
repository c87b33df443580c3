import { answer, typedApi } from './client.js';
import type { AccountStatus, NewAccount } from './types.js';

export const accountsApi = {
  create: (account: NewAccount) => answer(typedApi.POST('/api/accounts', { body: account })),
  setStatus: (id: string, status: AccountStatus, reason: string) =>
    answer(
      typedApi.POST('/api/accounts/{id}/status', { params: { path: { id } }, body: { status, reason } }),
    ),
};
