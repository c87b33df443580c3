import { UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/SessionContext.js';

/** Loaded only once someone is signed in (see SignedInMenu). */
const SignedInMenu = lazy(() => import('./SignedInMenu.js'));

/** Signed out: a sign-in button. Signed in: the person's name with workspace, account and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();

  if (!session) return null;
  if (!session.authenticated || !session.user) {
    return (
      <Button ghost size="small" icon={<UserOutlined />} onClick={() => navigate('/sign-in')}>
        {t('nav.signIn')}
      </Button>
    );
  }
  return (
    <Suspense fallback={null}>
      <SignedInMenu user={session.user} />
    </Suspense>
  );
}
