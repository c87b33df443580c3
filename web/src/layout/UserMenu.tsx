import { AppstoreOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { asApiError } from '../api/useApiData.js';
import { useSession } from '../session/SessionContext.js';

/** Signed out: a sign-in button. Signed in: the person's name with workspace, account and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const user = session?.authenticated ? session.user : undefined;

  if (!session) return null;
  if (!user) {
    return (
      <Button ghost size="small" icon={<UserOutlined />} onClick={() => navigate('/sign-in')}>
        {t('nav.signIn')}
      </Button>
    );
  }

  const handleSignOut = async () => {
    // Leave the workspace first, so its guard does not bounce the page to sign-in meanwhile.
    navigate('/');
    try {
      await signOut();
    } catch (reason) {
      void message.error(asApiError(reason).message);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'workspace',
            icon: <AppstoreOutlined />,
            label: <Link to="/app">{t('nav.workspace')}</Link>,
          },
          {
            key: 'account',
            icon: <UserOutlined />,
            label: <Link to="/app/account">{t('nav.account')}</Link>,
          },
          { type: 'divider' },
          {
            key: 'sign-out',
            icon: <LogoutOutlined />,
            label: t('nav.signOut'),
            onClick: () => void handleSignOut(),
          },
        ],
      }}
    >
      {/* The name, when shown, begins the accessible name (WCAG 2.5.3: label in name). */}
      <button
        type="button"
        className="header-user"
        aria-label={screens.md ? `${user.displayName} ${t('nav.userMenu')}` : t('nav.userMenu')}
      >
        <Avatar size="small" style={{ background: '#f3c969', color: '#861117' }} icon={<UserOutlined />} />
        {screens.md && <span>{user.displayName}</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </button>
    </Dropdown>
  );
}
