import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadingState } from '../../layout/LoadingState.js';
import { useSession } from '../../session/SessionContext.js';

const ACCOUNT_PATH = '/app/account';

/**
 * Lets signed-in people through. Others go to sign-in (and come back afterwards); a person whose
 * password an administrator set must change it before anything else.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, error, refresh } = useSession();
  const location = useLocation();

  if (!session) {
    if (error) {
      return (
        <Result
          status="warning"
          title={t('session.unavailable')}
          subTitle={error.message || t('session.unavailableText')}
          extra={<Button onClick={() => void refresh().catch(() => undefined)}>{t('common.retry')}</Button>}
        />
      );
    }
    return <LoadingState label={t('session.checking')} />;
  }
  if (!session.authenticated || !session.user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.user.mustChangePassword && location.pathname !== ACCOUNT_PATH) {
    return <Navigate to={ACCOUNT_PATH} replace />;
  }
  return children;
}
