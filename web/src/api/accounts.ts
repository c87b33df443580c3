import { answer, typedApi } from './client.js';
import type { AccountStatus, NewAccount } from './types.js';

const id = (value: string) => ({ params: { path: { id: value } } });

export const accountsApi = {
  create: (account: NewAccount) => answer(typedApi.POST('/api/accounts', { body: account })),
  issueActivation: (accountId: string) =>
    answer(typedApi.POST('/api/accounts/{id}/activation', id(accountId))),
  confirmGrant: (grantId: string) => answer(typedApi.POST('/api/role-grants/{id}/confirm', id(grantId))),
  setStatus: (accountId: string, status: AccountStatus, reason: string) =>
    answer(typedApi.POST('/api/accounts/{id}/status', { ...id(accountId), body: { status, reason } })),
};
