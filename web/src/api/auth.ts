import { answer, typedApi } from './client.js';

export const authApi = {
  session: () => answer(typedApi.GET('/api/auth/session')),
  signIn: (username: string, password: string) =>
    answer(typedApi.POST('/api/auth/sign-in', { body: { username, password } })),
  signOut: () => answer(typedApi.POST('/api/auth/sign-out')),
  changePassword: (currentPassword: string, newPassword: string) =>
    answer(typedApi.POST('/api/auth/password', { body: { currentPassword, newPassword } })),
  activate: (username: string, code: string, newPassword: string) =>
    answer(typedApi.POST('/api/auth/activate', { body: { username, code, newPassword } })),
  requestReset: (username: string) =>
    answer(typedApi.POST('/api/auth/password-reset', { body: { username } })),
  issueOrganisationReset: (creditCode: string, note: string) =>
    answer(typedApi.POST('/api/organisations/password-reset', { body: { creditCode, note } })),
};
