import { createContext, useContext } from 'react';
import type { ApiError } from '../api/client.js';
import type { Session, SessionUser } from '../api/types.js';

export interface SessionState {
  /** Undefined until the first GET /api/auth/session answers. */
  session: Session | undefined;
  /** Set when the session could not be read at all (server unreachable). */
  error: ApiError | undefined;
  /** True when a session ended by itself (idle timeout, revoked) rather than by signing out. */
  expired: boolean;
  refresh: () => Promise<Session>;
  signIn: (username: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
