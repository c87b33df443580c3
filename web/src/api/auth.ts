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
};
