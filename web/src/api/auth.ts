import { api } from './client.js';
import type { Session, SessionUser } from './types.js';

export const authApi = {
  session: () => api.get<Session>('/auth/session'),
  signIn: (username: string, password: string) =>
    api.post<{ user: SessionUser; csrfToken: string }>('/auth/sign-in', { username, password }),
  signOut: () => api.post<void>('/auth/sign-out'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword }),
  activate: (username: string, code: string, newPassword: string) =>
    api.post<void>('/auth/activate', { username, code, newPassword }),
};
