import { AppstoreOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Grid, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { SessionUser } from '../api/types.js';
import { asApiError } from '../api/useApiData.js';
import { useSession } from '../session/SessionContext.js';

/**
 * The signed-in person's name with workspace, account and sign-out. A chunk of its own (UserMenu),
 * so visitors never download the dropdown and menu it is made of. It holds its own message host,
 * since the public pages have no antd `App` around them.
 */
export default function SignedInMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [messages, messageHost] = message.useMessage();
  const screens = Grid.useBreakpoint();

  const handleSignOut = async () => {
    // Leave the workspace first, so its guard does not bounce the page to sign-in meanwhile.
    navigate('/');
    try {
      await signOut();
    } catch (reason) {
      void messages.error(asApiError(reason).message);
    }
  };

  return (
    <>
      {messageHost}
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
    </>
  );
}
