import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth.js';
import { onUnauthorized, setCsrfToken, type ApiError } from '../api/client.js';
import type { Session } from '../api/types.js';
import { asApiError } from '../api/useApiData.js';
import { SessionContext, type SessionState } from './SessionContext.js';

/** Holds who is signed in and keeps the CSRF token fresh after every sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<ApiError>();
  const [expired, setExpired] = useState(false);
  const signedIn = useRef(false);
  const signingOut = useRef(false);

  const apply = useCallback((next: Session) => {
    if (signedIn.current && !next.authenticated && !signingOut.current) setExpired(true);
    if (next.authenticated) setExpired(false);
    signedIn.current = next.authenticated;
    setCsrfToken(next.csrfToken);
    setSession(next);
    setError(undefined);
    return next;
  }, []);

  const fail = useCallback((reason: unknown): never => {
    setError(asApiError(reason));
    throw reason;
  }, []);

  const refresh = useCallback(() => authApi.session().then(apply, fail), [apply, fail]);

  useEffect(() => {
    authApi
      .session()
      .then(apply, fail)
      .catch(() => undefined);
    return onUnauthorized(() => void refresh().catch(() => undefined));
  }, [apply, fail, refresh]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await authApi.signIn(username, password);
      setCsrfToken(result.csrfToken);
      const next = await refresh();
      return next.user ?? result.user;
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    signingOut.current = true;
    try {
      await authApi.signOut();
    } finally {
      await refresh().catch(() => undefined);
      signingOut.current = false;
    }
  }, [refresh]);

  const value = useMemo<SessionState>(
    () => ({ session, error, expired, refresh, signIn, signOut }),
    [session, error, expired, refresh, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
