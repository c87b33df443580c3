import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../session/SessionContext.js';
import { LoadingState } from './LoadingState.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';
import { useFocusableScrollRegions } from './useFocusableScrollRegions.js';
import { workspaceMenuItems } from './workspaceMenu.js';

/** Staff pages: a side menu on desktop that becomes a drawer on phones. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useFocusableScrollRegions();
  const desktop = screens.md ?? true;
  const items = workspaceMenuItems(session?.user, t);
  const selected = pathname.replace(/\/$/, '') || '/app';

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 0, paddingTop: 8 }}
    />
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <SiteHeader fluid />
      <Layout style={{ flex: '1 0 auto' }}>
        {desktop && (
          <Layout.Sider width={232} className="workspace-sider" theme="light">
            {menu}
          </Layout.Sider>
        )}
        {/* antd's Layout.Content is the page's one <main> landmark. */}
        <Layout.Content id="main" className="workspace-main">
          {!desktop && (
            <div className="workspace-topbar">
              <Button icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)}>
                {t('nav.openMenu')}
              </Button>
            </div>
          )}
          <div className="workspace-content">
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
      <SiteFooter fluid />
      {!desktop && (
        <Drawer
          placement="left"
          size={272}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('nav.workspace')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </div>
  );
}
